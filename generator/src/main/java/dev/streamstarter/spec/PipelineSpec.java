package dev.streamstarter.spec;

import java.util.List;
import java.util.Optional;

/**
 * One streaming query: read from a source, select and filter, apply a pattern, write to a sink.
 *
 * @param schema DDL of the input rows; empty when the source fixes its own schema
 * @param select Spark SQL select expressions, applied first (empty keeps all columns)
 * @param filter Spark SQL condition applied after select
 * @param eventTime timestamp column carrying event time, used by the watermark
 * @param watermark how late events may be, e.g. {@code 10 minutes}; empty for none
 * @param outputMode {@code auto}, {@code append}, {@code update} or {@code complete}
 * @param sampleInput the input the project bundles, when the spec gives it
 */
public record PipelineSpec(
        String name,
        SourceSpec source,
        String schema,
        List<String> select,
        Optional<String> filter,
        Optional<String> eventTime,
        Optional<String> watermark,
        PatternSpec pattern,
        SinkSpec sink,
        TriggerSpec trigger,
        String outputMode,
        SampleInput sampleInput) {

    public PipelineSpec {
        select = List.copyOf(select);
    }
}
