package dev.streamstarter.model;

import dev.streamstarter.spec.PatternSpec;
import dev.streamstarter.spec.PipelineSpec;
import java.util.ArrayList;
import java.util.List;

/** Java expressions and names a pattern's aggregation needs, computed for the templates. */
final class PatternCode {

    private PatternCode() {}

    /** The grouping columns as Java expressions: the window, if any, then the keys. */
    static List<String> grouping(PipelineSpec pipeline) {
        List<String> columns = new ArrayList<>();
        window(pipeline).ifPresent(columns::add);
        for (String key : pipeline.pattern().keys()) {
            columns.add("col(" + JavaLiterals.string(key) + ")");
        }
        return columns;
    }

    /** The columns a result row is unique by: {@code window} for windowed patterns, then keys. */
    static List<String> resultKeys(PipelineSpec pipeline) {
        List<String> keys = new ArrayList<>();
        if (pipeline.pattern().type().endsWith("-window")) {
            keys.add("window");
        }
        keys.addAll(pipeline.pattern().keys());
        return keys;
    }

    /**
     * The columns a JDBC sink upserts by: those given, or the result keys with the window
     * flattened into its start and end, as the sink writes it.
     */
    static List<String> upsertKeys(PipelineSpec pipeline) {
        if (!pipeline.sink().upsertKeys().isEmpty()) {
            return pipeline.sink().upsertKeys();
        }
        List<String> keys = new ArrayList<>();
        for (String key : resultKeys(pipeline)) {
            if (key.equals("window")) {
                keys.add("window_start");
                keys.add("window_end");
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    /** One phrase describing the window, for comments and READMEs; empty without one. */
    static String windowDescription(PipelineSpec pipeline) {
        PatternSpec pattern = pipeline.pattern();
        String eventTime = pipeline.eventTime().orElse("");
        return switch (pattern.type()) {
            case "tumbling-window" -> "tumbling windows of " + pattern.windowDuration().orElseThrow()
                    + " over " + eventTime;
            case "sliding-window" -> "windows of " + pattern.windowDuration().orElseThrow() + " every "
                    + pattern.slideDuration().orElseThrow() + " over " + eventTime;
            case "session-window" -> "sessions closed after " + pattern.sessionGap().orElseThrow()
                    + " without events, over " + eventTime;
            default -> "";
        };
    }

    private static java.util.Optional<String> window(PipelineSpec pipeline) {
        PatternSpec pattern = pipeline.pattern();
        String time = "col(" + JavaLiterals.string(pipeline.eventTime().orElse("")) + ")";
        return switch (pattern.type()) {
            case "tumbling-window" -> java.util.Optional.of("window(" + time + ", "
                    + JavaLiterals.string(pattern.windowDuration().orElseThrow()) + ").as(\"window\")");
            case "sliding-window" -> java.util.Optional.of("window(" + time + ", "
                    + JavaLiterals.string(pattern.windowDuration().orElseThrow()) + ", "
                    + JavaLiterals.string(pattern.slideDuration().orElseThrow()) + ").as(\"window\")");
            case "session-window" -> java.util.Optional.of("session_window(" + time + ", "
                    + JavaLiterals.string(pattern.sessionGap().orElseThrow()) + ").as(\"window\")");
            default -> java.util.Optional.empty();
        };
    }
}
