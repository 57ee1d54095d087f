/** Checking choices: option values against the catalog, then the compatibility rules. */
package dev.streamstarter.check;
