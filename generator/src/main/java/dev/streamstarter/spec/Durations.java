package dev.streamstarter.spec;

import java.util.Locale;

/** Reads the catalog's duration syntax ('10 minutes'), as durations and watermark delays use it. */
public final class Durations {

    private Durations() {}

    /** Milliseconds of a duration already accepted by the {@code duration} value kind. */
    public static long millis(String duration) {
        String[] parts = duration.split(" ");
        long amount = Long.parseLong(parts[0]);
        String unit = parts[1].toLowerCase(Locale.ROOT).replaceAll("s$", "");
        return amount * switch (unit) {
            case "millisecond" -> 1L;
            case "second" -> 1_000L;
            case "minute" -> 60_000L;
            case "hour" -> 3_600_000L;
            case "day" -> 86_400_000L;
            default -> throw new IllegalArgumentException("unknown unit in " + duration);
        };
    }
}
