package dev.streamstarter.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** One input record of the generated jobs' default schema, plus an id that names it in results. */
record Event(String id, String user, String action, double amount, Instant ts) {

    private static final List<String> ACTIONS = List.of("view", "click", "buy");

    /**
     * {@code count} events one {@code step} apart from {@code start}, in event-time order (so
     * none is ever behind a watermark), with seeded random users, actions and amounts.
     */
    static List<Event> inOrder(String idPrefix, int count, Instant start, Duration step, Random random) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new Event(String.format(Locale.ROOT, "%s-%05d", idPrefix, i),
                    "user-" + random.nextInt(50), ACTIONS.get(random.nextInt(ACTIONS.size())),
                    random.nextInt(10_000) / 100.0, start.plus(step.multipliedBy(i))));
        }
        return events;
    }

    /** The record's value: JSON with the fields of the schema, and the id where it has one. */
    String json(boolean withId) {
        return "{" + (withId ? "\"id\":\"" + id + "\"," : "")
                + "\"user\":\"" + user + "\",\"action\":\"" + action + "\",\"amount\":" + amount
                + ",\"ts\":\"" + ts + "\"}";
    }

    byte[] value(boolean withId) {
        return json(withId).getBytes(StandardCharsets.UTF_8);
    }
}
