package dev.streamstarter.check.kinds;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/** The JDBC sink's facts: its database, how it writes, and whether it has key columns to upsert by. */
final class JdbcSinkFacts implements KindFacts {

    @Override
    public void addTo(PipelineSpec pipeline, Map<String, List<String>> facts) {
        facts.put("database", List.of(pipeline.sink().database().orElseThrow()));
        facts.put("jdbcWriter", List.of(pipeline.sink().jdbcWriter().orElseThrow()));
        facts.put("upsertKeys", List.of(pipeline.sink().upsertKeys().isEmpty() ? "none" : "set"));
        facts.put("resultKeys", List.of(hasResultKeys(pipeline) ? "set" : "none"));
        // The database is a service that tests and the local run start themselves.
        facts.put("services", List.of("true"));
    }

    /**
     * Whether result rows are unique by the pattern's keys (a window counts as a key), so that
     * the sink can upsert by them when no upsert keys are given.
     */
    static boolean hasResultKeys(PipelineSpec pipeline) {
        return pipeline.pattern().resultsUniqueByKeys();
    }
}
