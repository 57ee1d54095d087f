package dev.streamstarter.spec;

import java.util.Optional;

/**
 * The other side of a join and how to join it; the equality keys are the pattern's keys.
 *
 * @param joinType inner, left-outer, right-outer, full-outer or left-semi
 * @param otherSchema DDL of the other side: the static table, or the second stream
 * @param otherFormat file format of the other side: json or csv
 * @param otherEventTime event-time column of the second stream
 * @param otherWatermark watermark delay of the second stream
 * @param timeRange Spark SQL condition bounding the two event times
 */
public record JoinSpec(
        String joinType,
        String otherSchema,
        String otherFormat,
        Optional<String> otherEventTime,
        Optional<String> otherWatermark,
        Optional<String> timeRange) {}
