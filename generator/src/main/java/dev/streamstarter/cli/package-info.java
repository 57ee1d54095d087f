/** The {@code stream-starter} command line: new, check, list. */
package dev.streamstarter.cli;
