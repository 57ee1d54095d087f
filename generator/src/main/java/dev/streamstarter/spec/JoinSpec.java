package dev.streamstarter.spec;

import java.util.List;
import java.util.Optional;

/**
 * The other side of a join and how to join it.
 *
 * @param joinType inner, left-outer, right-outer, full-outer or left-semi
 * @param keys the equality keys: a column of the stream and one of the other side
 * @param otherSchema DDL of the other side: the static table, or the second stream
 * @param otherFormat file format of the other side: json or csv
 * @param otherSelect Spark SQL select expressions applied to the other side first (empty keeps all)
 * @param otherEventTime event-time column of the second stream
 * @param otherWatermark watermark delay of the second stream
 * @param timeRange Spark SQL condition bounding the two event times
 */
public record JoinSpec(
        String joinType,
        List<Key> keys,
        String otherSchema,
        String otherFormat,
        List<String> otherSelect,
        Optional<String> otherEventTime,
        Optional<String> otherWatermark,
        Optional<String> timeRange) {

    public JoinSpec {
        keys = List.copyOf(keys);
        otherSelect = List.copyOf(otherSelect);
    }

    /**
     * One equality of the join condition.
     *
     * @param stream the stream's column
     * @param other the other side's column: the same name, or another ({@code streamColumn = otherColumn})
     */
    public record Key(String stream, String other) {

        /** Parses a {@code joinOn} entry: {@code name}, or {@code streamColumn = otherColumn}. */
        public static Key parse(String entry) {
            int equals = entry.indexOf('=');
            return equals < 0 ? new Key(entry.trim(), entry.trim())
                    : new Key(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        }

        /** Whether both sides name the key the same, so that the result keeps one column of it. */
        public boolean sameName() {
            return stream.equalsIgnoreCase(other);
        }
    }
}
