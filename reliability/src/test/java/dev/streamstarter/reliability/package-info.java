/**
 * Reliability runs: generated jobs as real processes against a real Kafka broker and a real
 * PostgreSQL, killed with SIGKILL while batches are in flight, restarted from their checkpoints and
 * checked against results computed in plain Java.
 */
package dev.streamstarter.reliability;
