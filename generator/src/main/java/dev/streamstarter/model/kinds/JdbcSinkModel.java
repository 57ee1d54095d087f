package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import dev.streamstarter.model.code.PatternCode;
import dev.streamstarter.spec.PipelineSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JDBC sink's values: its database, its table, and the key columns it upserts by. */
final class JdbcSinkModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        PipelineSpec spec = pipeline.spec();
        model.put("hasGivenUpsertKeys", !spec.sink().upsertKeys().isEmpty());
        String database = spec.sink().database().orElseThrow();
        model.put("databaseName", database.equals("mysql") ? "MySQL" : "PostgreSQL");
        model.put("jdbcTable", spec.sink().jdbcTable().orElseThrow());
        List<String> keys = upsertKeys(spec);
        model.put("upsertKeysJava", keys.stream().map(JavaLiterals::string).toList());
        model.put("upsertKeysMd", keys.stream().map(MarkdownText::code).toList());
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("hasGivenUpsertKeys", false);
        model.put("databaseName", "");
    }

    @Override
    public void addProjectFlags(List<CheckedPipeline> withKind, Map<String, Boolean> has) {
        // One database per project (the checker makes sure): its driver, URL and test server.
        has.put("mysql", uses(withKind, "mysql"));
    }

    /**
     * The columns the sink upserts by: those given, or the pattern's result keys with the window
     * flattened into its start and end, as the sink writes it.
     */
    private static List<String> upsertKeys(PipelineSpec pipeline) {
        if (!pipeline.sink().upsertKeys().isEmpty()) {
            return pipeline.sink().upsertKeys();
        }
        List<String> keys = new ArrayList<>();
        for (String key : PatternCode.resultKeys(pipeline)) {
            if (key.equals("window")) {
                keys.add("window_start");
                keys.add("window_end");
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    private static boolean uses(List<CheckedPipeline> pipelines, String database) {
        return pipelines.stream()
                .anyMatch(pipeline -> pipeline.spec().sink().database().orElseThrow().equals(database));
    }
}
