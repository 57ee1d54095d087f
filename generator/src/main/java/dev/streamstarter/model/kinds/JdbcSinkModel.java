package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import dev.streamstarter.model.code.PatternCode;
import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/**
 * The JDBC sink's values: its table and the key columns it upserts by. What differs per database
 * comes from the database's service kind ({@code kinds/service/postgresql}, {@code kinds/service/mysql}).
 */
final class JdbcSinkModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        PipelineSpec spec = pipeline.spec();
        model.put("hasGivenUpsertKeys", !spec.sink().upsertKeys().isEmpty());
        model.put("jdbcTable", spec.sink().jdbcTable().orElseThrow());
        model.put("writesJdbcRows", spec.sink().jdbcWriter().orElseThrow().equals("row"));
        List<String> keys = upsertKeys(spec);
        model.put("upsertKeysJava", keys.stream().map(JavaLiterals::string).toList());
        model.put("upsertKeysMd", keys.stream().map(MarkdownText::cell).toList());
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("hasGivenUpsertKeys", false);
        model.put("writesJdbcRows", false);
    }

    /**
     * The columns the sink upserts by: those given, or the pattern's result keys with the window
     * flattened into its start and end, as the sink writes it.
     */
    private static List<String> upsertKeys(PipelineSpec pipeline) {
        if (!pipeline.sink().upsertKeys().isEmpty()) {
            return pipeline.sink().upsertKeys();
        }
        return PatternCode.flatResultKeys(pipeline);
    }
}
