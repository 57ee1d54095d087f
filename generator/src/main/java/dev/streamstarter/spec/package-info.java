/**
 * The project spec: what a user asked for, as immutable records, and the readers that build it
 * from flat options (CLI, archetype) or a YAML spec file.
 */
package dev.streamstarter.spec;
