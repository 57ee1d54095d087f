package dev.streamstarter.spec;

import java.util.List;
import java.util.Optional;

/**
 * What a pipeline computes, with the parameters of its type. Parameters a type does not use are
 * empty.
 *
 * @param type passthrough, global-aggregation, grouped-aggregation, tumbling-window,
 *     sliding-window, session-window, deduplication, stream-static-join or stream-stream-join
 * @param keys group keys, deduplication keys or equality join keys
 * @param aggregations Spark SQL aggregate expressions with aliases
 * @param windowDuration tumbling and sliding window length
 * @param slideDuration sliding window slide
 * @param sessionGap session window gap
 * @param join join settings for the join patterns
 */
public record PatternSpec(
        String type,
        List<String> keys,
        List<String> aggregations,
        Optional<String> windowDuration,
        Optional<String> slideDuration,
        Optional<String> sessionGap,
        Optional<JoinSpec> join) {

    public PatternSpec {
        keys = List.copyOf(keys);
        aggregations = List.copyOf(aggregations);
    }

    /** Whether the pattern keeps aggregation state. */
    public boolean isAggregation() {
        return type.endsWith("-aggregation") || type.endsWith("-window");
    }

    /**
     * Whether result rows are unique by the keys (a window counts as a key): grouped, windowed and
     * deduplicated results are; a global aggregation has no keys, a join's keys repeat.
     */
    public boolean resultsUniqueByKeys() {
        return type.endsWith("-window")
                || ((type.equals("grouped-aggregation") || type.equals("deduplication")) && !keys.isEmpty());
    }
}
