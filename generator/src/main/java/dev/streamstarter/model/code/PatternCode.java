package dev.streamstarter.model.code;

import dev.streamstarter.spec.PatternSpec;
import dev.streamstarter.spec.PipelineSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a pattern's result that several kinds need: the grouping of the aggregating
 * patterns (window and keys), and the columns a result row is unique by (which a JDBC sink upserts by
 * and a Cassandra sink makes its table's primary key).
 */
public final class PatternCode {

    private PatternCode() {}

    /** The grouping columns as Java expressions: the window, if any, then the keys. */
    public static List<String> grouping(PipelineSpec pipeline) {
        List<String> columns = new ArrayList<>();
        window(pipeline).ifPresent(columns::add);
        for (String key : pipeline.pattern().keys()) {
            columns.add("col(" + JavaLiterals.string(key) + ")");
        }
        return columns;
    }

    /** The columns a result row is unique by: {@code window} for windowed patterns, then keys. */
    public static List<String> resultKeys(PipelineSpec pipeline) {
        List<String> keys = new ArrayList<>();
        if (pipeline.pattern().type().endsWith("-window")) {
            keys.add("window");
        }
        keys.addAll(pipeline.pattern().keys());
        return keys;
    }

    /**
     * The result keys as the table sinks write them: the window flattened into
     * {@code window_start} and {@code window_end}.
     */
    public static List<String> flatResultKeys(PipelineSpec pipeline) {
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
