/** stream-starter: scaffolds Spark Structured Streaming projects from a few choices. */
package dev.streamstarter;
