package dev.streamstarter.check;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.KindDef;
import dev.streamstarter.check.kinds.KindFactsRegistry;
import dev.streamstarter.spec.PipelineSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the facts that catalog rules and file conditions test, from a pipeline spec: those
 * every pipeline has here, those of one kind in {@link dev.streamstarter.check.kinds}.
 */
final class PipelineFacts {

    private PipelineFacts() {}

    /**
     * Facts before the output mode is resolved: the shared ones, then those of the pipeline's
     * source, pattern and sink kinds (a service kind has no facts of its own; it follows from them).
     */
    static Map<String, List<String>> of(PipelineSpec pipeline, Catalog catalog) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        put(facts, "source", pipeline.source().type());
        put(facts, "pattern", pipeline.pattern().type());
        put(facts, "aggregation", String.valueOf(pipeline.pattern().isAggregation()));
        put(facts, "watermark", pipeline.watermark().isPresent() ? "set" : "none");
        put(facts, "eventTime", pipeline.eventTime().isPresent() ? "set" : "none");
        put(facts, "watermarkOnKey", String.valueOf(watermarkOnKey(pipeline)));
        put(facts, "eventTimeInKeys", String.valueOf(eventTimeInKeys(pipeline)));
        put(facts, "badRecords", pipeline.source().badRecords().orElse("none"));
        // Dropped records are counted only by an observed metric, which continuous processing lacks.
        put(facts, "dropsBadRecords", String.valueOf(pipeline.source().badRecords().filter("drop"::equals).isPresent()));
        put(facts, "sink", pipeline.sink().type());
        // Whether the pipeline talks to a broker, and needs any service: its kinds say so.
        put(facts, "kafka", "false");
        put(facts, "services", "false");
        put(facts, "trigger", pipeline.trigger().type());
        put(facts, "outputModeChoice", pipeline.outputMode().equals("auto") ? "auto" : "explicit");
        put(facts, "outputMode", pipeline.outputMode());
        for (KindDef kind : catalog.kindsOf(facts)) {
            KindFactsRegistry.of(kind).addTo(pipeline, facts);
        }
        return facts;
    }

    /**
     * Spark can finalise aggregated groups only when the watermarked column is a group key; a
     * window over the event-time column is one.
     */
    private static boolean watermarkOnKey(PipelineSpec pipeline) {
        if (pipeline.watermark().isEmpty() || pipeline.eventTime().isEmpty()) {
            return false;
        }
        return pipeline.pattern().type().endsWith("-window") || eventTimeInKeys(pipeline);
    }

    private static boolean eventTimeInKeys(PipelineSpec pipeline) {
        return pipeline.eventTime()
                .map(eventTime -> pipeline.pattern().keys().stream().anyMatch(key -> key.equalsIgnoreCase(eventTime)))
                .orElse(false);
    }

    /**
     * Whether the query keeps a checkpoint: file and Kafka sinks need one; a socket source cannot
     * restart from one, and a memory sink can only in complete mode.
     */
    static boolean usesCheckpoint(PipelineSpec pipeline, String outputMode) {
        String sink = pipeline.sink().type();
        if (sink.equals("file") || sink.equals("kafka")) {
            return true;
        }
        return !pipeline.source().type().equals("socket")
                && !(sink.equals("memory") && !outputMode.equals("complete"));
    }

    /**
     * Whether Spark drops rows that arrive behind the watermark, with an event time that tests can
     * set on input rows: only stateful operators keyed by event time drop them, and complete mode
     * keeps everything.
     */
    static boolean dropsLateRows(PipelineSpec pipeline, String outputMode) {
        boolean keyedByTime = watermarkOnKey(pipeline)
                || (pipeline.pattern().type().equals("deduplication") && pipeline.watermark().isPresent());
        boolean eventTimeInInput = pipeline.select().isEmpty() && !pipeline.source().type().equals("socket");
        return keyedByTime && eventTimeInInput && !outputMode.equals("complete");
    }

    /**
     * Whether the pipeline is an outer join of two streams whose unmatched rows tests can make
     * final: both sides watermarked, event times set on input rows.
     */
    static boolean outerJoinNulls(PipelineSpec pipeline) {
        return pipeline.pattern().join()
                .filter(join -> pipeline.pattern().type().equals("stream-stream-join"))
                .filter(join -> join.joinType().endsWith("-outer"))
                .filter(join -> join.otherWatermark().isPresent() && join.timeRange().isPresent())
                .filter(join -> join.otherSelect().isEmpty())
                .isPresent()
                && pipeline.watermark().isPresent()
                && pipeline.select().isEmpty()
                && !pipeline.source().type().equals("socket");
    }

    static void put(Map<String, List<String>> facts, String name, String value) {
        facts.put(name, List.of(value));
    }
}
