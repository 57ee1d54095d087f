package dev.streamstarter.spec;

import java.util.List;
import java.util.Optional;

/**
 * Where results go. Fields that do not apply to the type are empty.
 *
 * @param type console, memory, file, foreach, kafka or jdbc
 * @param format file format: json or parquet
 * @param kafkaTopic Kafka topic written to
 * @param kafkaKey Spark SQL expression of the Kafka key
 * @param kafkaValue Spark SQL expression of the Kafka value
 * @param jdbcTable table a JDBC sink upserts into
 * @param upsertKeys key columns of the upsert
 */
public record SinkSpec(
        String type,
        Optional<String> format,
        Optional<String> kafkaTopic,
        Optional<String> kafkaKey,
        Optional<String> kafkaValue,
        Optional<String> jdbcTable,
        List<String> upsertKeys) {

    public SinkSpec {
        upsertKeys = List.copyOf(upsertKeys);
    }
}
