package dev.streamstarter.fuzz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One-pipeline choices the generator accepts, one per kind of source, pattern, sink and trigger:
 * the starting points that fuzzed values are put into, so that many cases get past the rules and
 * their values reach the templates.
 */
final class AcceptedChoices {

    private static final String WATERMARK = "10 minutes";

    static final List<Map<String, String>> ALL = List.of(
            choices(),
            choices("source", "socket", "select", "explode(split(value, ' ')) AS word", "groupBy", "word",
                    "outputMode", "complete"),
            choices("source", "rate", "pattern", "passthrough", "sink", "memory"),
            choices("source", "kafka", "sink", "kafka", "outputMode", "update"),
            choices("pattern", "tumbling-window", "eventTime", "ts", "watermark", WATERMARK, "sink", "file"),
            choices("pattern", "sliding-window", "eventTime", "ts", "watermark", WATERMARK, "sink", "jdbc"),
            choices("pattern", "session-window", "eventTime", "ts", "watermark", WATERMARK, "sink", "foreach"),
            choices("pattern", "deduplication", "sink", "file", "sourceFormat", "csv"),
            choices("pattern", "stream-static-join", "sink", "memory", "joinType", "left-outer"),
            choices("pattern", "stream-stream-join", "eventTime", "ts", "watermark", WATERMARK,
                    "otherEventTime", "seen", "otherWatermark", WATERMARK,
                    "joinTimeRange", "seen BETWEEN ts - INTERVAL 30 MINUTES AND ts"),
            choices("source", "rate", "pattern", "passthrough", "trigger", "continuous"),
            choices("pattern", "global-aggregation", "sink", "jdbc", "database", "mysql", "upsertKeys", "count",
                    "outputMode", "complete"),
            choices("sink", "cassandra", "outputMode", "update"),
            choices("pattern", "passthrough", "trigger", "available-now", "sink", "kafka", "kafkaKey", "user"));

    private AcceptedChoices() {}

    /** In the order written (Map.of's order changes from one JVM to the next; the seed must not). */
    private static Map<String, String> choices(String... pairs) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            choices.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(choices);
    }
}
