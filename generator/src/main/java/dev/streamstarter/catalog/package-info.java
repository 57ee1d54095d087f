/** The option and rule catalog: data loaded from the templates artifact, validated when loaded. */
package dev.streamstarter.catalog;
