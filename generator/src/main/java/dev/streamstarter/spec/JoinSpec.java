package dev.streamstarter.spec;

import java.util.Optional;

/**
 * The other side of a join and how to join it.
 *
 * @param joinType inner, left-outer, right-outer, full-outer or left-semi
 * @param condition extra Spark SQL join condition, e.g. an event-time range
 * @param staticPath folder of the static table (stream-static join)
 * @param staticFormat format of the static table
 * @param otherSource second stream (stream-stream join)
 * @param otherSchema schema of the second stream
 * @param otherEventTime event-time column of the second stream
 * @param otherWatermark watermark delay of the second stream
 */
public record JoinSpec(
        String joinType,
        Optional<String> condition,
        Optional<String> staticPath,
        Optional<String> staticFormat,
        Optional<SourceSpec> otherSource,
        Optional<String> otherSchema,
        Optional<String> otherEventTime,
        Optional<String> otherWatermark) {}
