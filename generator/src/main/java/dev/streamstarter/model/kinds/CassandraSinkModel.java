package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import dev.streamstarter.model.code.PatternCode;
import dev.streamstarter.spec.SinkSpec.CassandraSink;
import java.util.List;
import java.util.Map;

/** The Cassandra sink's values: the node it connects to, its keyspace and table, and the primary key. */
final class CassandraSinkModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        CassandraSink cassandra = pipeline.spec().sink().cassandra().orElseThrow();
        model.put("hasGivenPrimaryKey", !cassandra.primaryKey().isEmpty());
        model.put("cassandraHost", cassandra.host());
        model.put("cassandraHostJava", JavaLiterals.string(cassandra.host()));
        model.put("cassandraKeyspace", cassandra.keyspace());
        model.put("cassandraTable", cassandra.table());
        // The columns of the primary key: those given, or the pattern's keys as the sink writes them.
        List<String> keys = cassandra.primaryKey().isEmpty()
                ? PatternCode.flatResultKeys(pipeline.spec()) : cassandra.primaryKey();
        model.put("primaryKeyJava", keys.stream().map(JavaLiterals::string).toList());
        model.put("primaryKeyMd", keys.stream().map(MarkdownText::cell).toList());
    }
}
