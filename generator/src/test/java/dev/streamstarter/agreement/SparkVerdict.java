package dev.streamstarter.agreement;

/**
 * What Spark said about one combination's query.
 *
 * @param outcome whether the query started, was refused, or gave no sign within the wait
 * @param message the first line of Spark's error, or what was observed
 * @param inStart for a refusal, whether {@code start()} threw it (rather than the running query)
 * @param millis how long the probe took, from start() to the verdict
 */
record SparkVerdict(Outcome outcome, String message, boolean inStart, long millis) {

    /** Spark's answer. */
    enum Outcome {
        STARTED,
        REFUSED,
        UNDECIDED
    }

    static SparkVerdict started(String observed) {
        return new SparkVerdict(Outcome.STARTED, observed, false, 0);
    }

    static SparkVerdict refused(Throwable error, boolean inStart) {
        return new SparkVerdict(Outcome.REFUSED, firstLine(error), inStart, 0);
    }

    static SparkVerdict undecided(String observed) {
        return new SparkVerdict(Outcome.UNDECIDED, observed, false, 0);
    }

    SparkVerdict took(long millis) {
        return new SparkVerdict(outcome, message, inStart, millis);
    }

    boolean started() {
        return outcome == Outcome.STARTED;
    }

    private static String firstLine(Throwable error) {
        String message = String.valueOf(error.getMessage()).strip();
        int newline = message.indexOf('\n');
        return error.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline).strip());
    }
}
