package dev.streamstarter.fuzz;

import java.util.stream.IntStream;

/**
 * The seed and the cases to run: by default the same {@value #DEFAULT_CASES} cases in every build;
 * {@code -Dfuzz.seed=N} and {@code -Dfuzz.cases=N} change them, {@code -Dfuzz.case=K} runs case K alone.
 */
record FuzzSettings(long seed, int cases, Integer onlyCase) {

    static final long DEFAULT_SEED = 20261204L;
    static final int DEFAULT_CASES = 1_000;

    static FuzzSettings fromSystemProperties() {
        String only = System.getProperty("fuzz.case", "");
        return new FuzzSettings(Long.parseLong(System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED))),
                Integer.parseInt(System.getProperty("fuzz.cases", String.valueOf(DEFAULT_CASES))),
                only.isBlank() ? null : Integer.valueOf(only));
    }

    /** Case numbers from 1. */
    IntStream caseNumbers() {
        return onlyCase == null ? IntStream.rangeClosed(1, cases) : IntStream.of(onlyCase);
    }

    /** Whether this is a whole run, whose figures say whether the cases still reach both sides. */
    boolean isWholeRun() {
        return onlyCase == null && cases >= DEFAULT_CASES;
    }
}
