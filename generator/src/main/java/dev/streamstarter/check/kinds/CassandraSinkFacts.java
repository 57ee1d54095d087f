package dev.streamstarter.check.kinds;

import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SinkSpec.CassandraSink;
import java.util.List;
import java.util.Map;

/** The Cassandra sink's facts: whether it has key columns for the table's primary key. */
final class CassandraSinkFacts implements KindFacts {

    @Override
    public void addTo(PipelineSpec pipeline, Map<String, List<String>> facts) {
        CassandraSink cassandra = pipeline.sink().cassandra().orElseThrow();
        facts.put("cassandraPrimaryKey", List.of(cassandra.primaryKey().isEmpty() ? "none" : "set"));
        // Unique result rows by the pattern's keys make them the primary key, as for a JDBC upsert.
        facts.put("resultKeys", List.of(JdbcSinkFacts.hasResultKeys(pipeline) ? "set" : "none"));
        // The Cassandra server is a service that tests and the local run start themselves.
        facts.put("services", List.of("true"));
    }
}
