/**
 * The template values that belong to one source, pattern, service or sink kind (Kafka topics,
 * JDBC upsert keys, the socket's host), one small class per kind that has values of its own, so
 * that adding a kind adds a class here instead of lines to the shared template model.
 */
package dev.streamstarter.model.kinds;
