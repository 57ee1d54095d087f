/**
 * A property-based fuzz test of {@code stream-starter new} on plain JUnit: cases made from a seeded
 * {@link java.util.Random} (option flags and spec files, valid, near-valid and hostile), run in-process
 * through the CLI, each checked for what must hold for any input.
 */
package dev.streamstarter.fuzz;
