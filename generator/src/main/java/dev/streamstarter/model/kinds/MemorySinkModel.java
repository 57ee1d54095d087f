package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import java.util.List;
import java.util.Map;

/** The memory sink's values: the SQL queries over its table that the job prints. */
final class MemorySinkModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        List<String> queries = pipeline.spec().sink().tableQueries();
        model.put("isMemorySink", true);
        // The table is named after the query: a table name of its own renames the query.
        pipeline.spec().sink().memoryTable().ifPresent(table -> model.put("queryName", table));
        model.put("hasTableQueries", !queries.isEmpty());
        model.put("tableQueriesJava", queries.stream().map(JavaLiterals::string).toList());
        model.put("tableQueriesMd", queries.stream().map(MarkdownText::cell).toList());
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("isMemorySink", false);
    }
}
