package dev.streamstarter.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A row of the generated project's sample input (schema user, action, amount, ts). */
record SampleEvent(String user, String action, double amount, Instant ts) {

    /** Every row of every {@code .json} file in the folder. */
    static List<SampleEvent> readAll(Path folder) throws IOException {
        return JsonLines.readAll(folder, ".json").stream().map(SampleEvent::of).toList();
    }

    static Instant latest(List<SampleEvent> events) {
        return events.stream().map(SampleEvent::ts).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static SampleEvent of(JsonNode row) {
        return new SampleEvent(row.get("user").asText(), row.get("action").asText(),
                row.get("amount").asDouble(), Instant.parse(row.get("ts").asText()));
    }
}
