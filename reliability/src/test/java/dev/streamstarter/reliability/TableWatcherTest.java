package dev.streamstarter.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the watcher takes for a read of part of a batch, on tables written by hand. */
class TableWatcherTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    /** Two windows of ten seconds: view 2, click 1 in the first; view 1 in the second. */
    private final NavigableMap<Window, Long> expected = Window.tumblingCounts(List.of(
            event("view", 1), event("click", 2), event("view", 3), event("view", 12)), TEN_SECONDS);

    @Test
    void windowsAreAlignedToTheEpochAndCountedPerAction() {
        assertThat(expected).containsExactly(
                entry(0, "click", 1), entry(0, "view", 2), entry(10, "view", 1));
    }

    @Test
    void anEmptyTableAndEveryWholePrefixOfWindowsAreWholeBatches() {
        assertThat(TableWatcher.partialRead(new TreeMap<>(), expected)).isNull();
        assertThat(TableWatcher.partialRead(table(entry(0, "click", 1), entry(0, "view", 2)), expected)).isNull();
        assertThat(TableWatcher.partialRead(new TreeMap<>(expected), expected)).isNull();
    }

    @Test
    void aWindowMissingBelowAVisibleOneIsPartOfABatch() {
        assertThat(TableWatcher.partialRead(table(entry(0, "view", 2)), expected))
                .contains("click").contains("missing");
        assertThat(TableWatcher.partialRead(table(entry(0, "view", 2), entry(10, "view", 1)), expected))
                .contains("missing");
    }

    @Test
    void aCountOtherThanTheExpectedOneOrAWindowNeverExpectedIsReported() {
        assertThat(TableWatcher.partialRead(table(entry(0, "click", 1), entry(0, "view", 3)), expected))
                .contains("holds 3, expected 2");
        assertThat(TableWatcher.partialRead(table(entry(20, "flush", 1)), expected))
                .contains("expected null");
    }

    private static Event event(String action, int second) {
        return new Event("e" + second, "user", action, 1.0, T0.plusSeconds(second));
    }

    private static Map.Entry<Window, Long> entry(int startSecond, String action, long count) {
        Instant start = T0.plusSeconds(startSecond);
        return Map.entry(new Window(start, start.plus(TEN_SECONDS), action), count);
    }

    @SafeVarargs
    private static NavigableMap<Window, Long> table(Map.Entry<Window, Long>... rows) {
        NavigableMap<Window, Long> table = new TreeMap<>();
        for (var row : rows) {
            table.put(row.getKey(), row.getValue());
        }
        return table;
    }
}
