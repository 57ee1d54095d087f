package dev.streamstarter.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A tumbling window and the action it counts; ordered by window end, then action. */
record Window(Instant start, Instant end, String action) implements Comparable<Window> {

    /**
     * What {@code count(*)} per tumbling window (aligned to the epoch, as Spark aligns them) and
     * action gives over these events.
     */
    static NavigableMap<Window, Long> tumblingCounts(List<Event> events, Duration size) {
        long millis = size.toMillis();
        Function<Event, Window> windowOf = event -> {
            long start = Math.floorDiv(event.ts().toEpochMilli(), millis) * millis;
            return new Window(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + millis), event.action());
        };
        return events.stream().collect(Collectors.groupingBy(windowOf, TreeMap::new, Collectors.counting()));
    }

    @Override
    public int compareTo(Window other) {
        int byEnd = end.compareTo(other.end);
        return byEnd != 0 ? byEnd : action.compareTo(other.action);
    }
}
