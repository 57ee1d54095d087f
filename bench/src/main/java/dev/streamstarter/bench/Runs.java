package dev.streamstarter.bench;

import java.util.ArrayList;
import java.util.List;

/** The timed repetitions of one thing measured, in milliseconds, in the order they ran. */
record Runs(String what, List<Long> millis) {

    Runs {
        millis = List.copyOf(millis);
    }

    Runs(String what) {
        this(what, List.of());
    }

    Runs plus(long ms) {
        List<Long> more = new ArrayList<>(millis);
        more.add(ms);
        return new Runs(what, more);
    }

    long min() {
        return millis.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    long max() {
        return millis.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    /** The middle run; with an even number of runs, the mean of the two middle ones. */
    double median() {
        List<Long> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
