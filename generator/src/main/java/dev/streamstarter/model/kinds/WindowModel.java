package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.spec.Durations;
import dev.streamstarter.spec.PatternSpec;
import java.util.Map;

/** The window patterns' values: a phrase describing the window, and when tests see windows close. */
final class WindowModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        model.put("windowDescription", description(pipeline));
        // In append mode a window is emitted once the watermark passes its end, and only then.
        boolean dropsLateRows = pipeline.facts().get("dropsLateRows").contains("true");
        model.put("closesWindowsOnWatermark", dropsLateRows && pipeline.outputMode().equals("append"));
        // Tests compute which rows count in which fixed window as the watermark moves; a session
        // grows with each row, so its bounds are only known to Spark.
        boolean fixedWindows = !pipeline.spec().pattern().type().equals("session-window");
        model.put("modelsLateRows", dropsLateRows && fixedWindows);
        model.put("watermarkMillis", JavaLiterals.number(pipeline.spec().watermark().map(Durations::millis).orElse(0L)));
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("windowDescription", "");
        model.put("closesWindowsOnWatermark", false);
        model.put("modelsLateRows", false);
        model.put("watermarkMillis", "0");
    }

    /** One phrase describing the window, for comments and READMEs. */
    private static String description(CheckedPipeline pipeline) {
        PatternSpec pattern = pipeline.spec().pattern();
        String eventTime = pipeline.spec().eventTime().orElse("");
        return switch (pattern.type()) {
            case "tumbling-window" -> "tumbling windows of " + pattern.windowDuration().orElseThrow()
                    + " over " + eventTime;
            case "sliding-window" -> "windows of " + pattern.windowDuration().orElseThrow() + " every "
                    + pattern.slideDuration().orElseThrow() + " over " + eventTime;
            case "session-window" -> "sessions closed after " + pattern.sessionGap().orElseThrow()
                    + " without events, over " + eventTime;
            default -> throw new IllegalArgumentException("not a window pattern: " + pattern.type());
        };
    }
}
