package dev.streamstarter.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A row of the job's result: a tumbling window, the action, count(*) AS count and sum(amount) AS total. */
record WindowCount(Instant start, Instant end, String action, long count, double total) {

    static final Comparator<WindowCount> ORDER = Comparator.comparing(WindowCount::start)
            .thenComparing(WindowCount::action);

    /** The result computed with plain Java: one row per window (aligned to the epoch) and action, in ORDER. */
    static List<WindowCount> tumbling(List<SampleEvent> events, Duration window) {
        record Key(Instant start, String action) {}
        Map<Key, List<SampleEvent>> groups = events.stream().collect(Collectors.groupingBy(
                event -> new Key(windowStart(event.ts(), window), event.action())));
        return groups.entrySet().stream()
                .map(group -> new WindowCount(group.getKey().start(), group.getKey().start().plus(window),
                        group.getKey().action(), group.getValue().size(),
                        group.getValue().stream().mapToDouble(SampleEvent::amount).sum()))
                .sorted(ORDER)
                .toList();
    }

    /** The rows a json file sink committed to the folder, in ORDER. */
    static List<WindowCount> readFileSinkOutput(Path folder) throws IOException {
        return JsonLines.read(FileSinkLog.committedFiles(folder)).stream()
                .map(WindowCount::of).sorted(ORDER).toList();
    }

    private static WindowCount of(JsonNode row) {
        JsonNode window = row.get("window");
        return new WindowCount(Instant.parse(window.get("start").asText()), Instant.parse(window.get("end").asText()),
                row.get("action").asText(), row.get("count").asLong(), row.get("total").asDouble());
    }

    private static Instant windowStart(Instant ts, Duration window) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(ts.toEpochMilli(), size) * size);
    }
}
