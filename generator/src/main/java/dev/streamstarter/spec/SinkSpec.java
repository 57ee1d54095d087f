package dev.streamstarter.spec;

import java.util.List;
import java.util.Optional;

/**
 * Where results go. Fields that do not apply to the type are empty.
 *
 * @param type console, memory, file, foreach, kafka, jdbc or cassandra
 * @param format file format: json or parquet
 * @param kafka Kafka sink settings
 * @param database database of a JDBC sink: postgresql or mysql
 * @param jdbcTable table a JDBC sink upserts into
 * @param upsertKeys key columns of the upsert as given; empty takes the pattern's keys
 * @param jdbcWriter how a JDBC sink writes: micro-batch (foreachBatch) or row (ForeachWriter)
 * @param memoryTable name of a memory sink's table and query, when not the pipeline's
 * @param tableQueries SQL queries over a memory sink's table, printed after every micro-batch
 * @param cassandra Cassandra sink settings
 */
public record SinkSpec(
        String type,
        Optional<String> format,
        Optional<KafkaSink> kafka,
        Optional<String> database,
        Optional<String> jdbcTable,
        List<String> upsertKeys,
        Optional<String> jdbcWriter,
        Optional<String> memoryTable,
        List<String> tableQueries,
        Optional<CassandraSink> cassandra) {

    public SinkSpec {
        upsertKeys = List.copyOf(upsertKeys);
        tableQueries = List.copyOf(tableQueries);
    }

    /**
     * Kafka sink settings.
     *
     * @param bootstrapServers brokers to connect to first
     * @param topic topic written to
     * @param key Spark SQL expression of the record key; empty for none
     * @param value Spark SQL expression of the record value
     */
    public record KafkaSink(String bootstrapServers, String topic, Optional<String> key, String value) {}

    /**
     * Cassandra sink settings.
     *
     * @param host node the sink connects to first, {@code host:port}
     * @param keyspace keyspace of the table
     * @param table table written to
     * @param primaryKey primary key columns as given; empty takes the pattern's keys
     */
    public record CassandraSink(String host, String keyspace, String table, List<String> primaryKey) {

        public CassandraSink {
            primaryKey = List.copyOf(primaryKey);
        }
    }
}
