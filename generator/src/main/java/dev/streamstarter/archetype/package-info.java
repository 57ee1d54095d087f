/**
 * The archetype front end: the descriptor written from the catalog at build time, and the entry
 * the archetype's post-generate script calls so that it renders exactly what the CLI renders.
 */
package dev.streamstarter.archetype;
