package dev.streamstarter.spec;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a pipeline reads from. Fields that do not apply to the type are empty.
 *
 * @param type {@code file}, {@code socket}, {@code rate} or {@code kafka}
 * @param format file format: json, csv or parquet
 * @param maxFilesPerTrigger file source rate limit
 * @param host socket host
 * @param port socket port
 * @param rowsPerSecond rate source speed
 * @param kafka Kafka settings
 * @param badRecords what happens to records that do not fit the schema: dead-letter, drop or
 *     fail (file and Kafka sources; the others produce their own rows)
 */
public record SourceSpec(
        String type,
        Optional<String> format,
        OptionalInt maxFilesPerTrigger,
        Optional<String> host,
        OptionalInt port,
        OptionalInt rowsPerSecond,
        Optional<KafkaSource> kafka,
        Optional<String> badRecords) {

    /**
     * Kafka source settings: servers, a topic or pattern, where to start, a rate limit, and how
     * often the local run writes a sample record again (empty: the sample is written once).
     */
    public record KafkaSource(
            String bootstrapServers,
            Optional<String> topic,
            Optional<String> topicPattern,
            String startingOffsets,
            OptionalInt maxOffsetsPerTrigger,
            Optional<String> sampleProducer) {}
}
