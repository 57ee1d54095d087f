/**
 * The facts that belong to one source, pattern or sink kind (its format, its Kafka offsets, its
 * upsert keys), one small class per kind that has facts of its own, so that adding a kind adds a
 * class here instead of lines to the shared pipeline facts.
 */
package dev.streamstarter.check.kinds;
