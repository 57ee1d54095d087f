package dev.streamstarter.bench;

/** One line per step on standard output, so that a long bench shows where it is. */
final class Progress {

    private Progress() {}

    static void say(String format, Object... args) {
        System.out.printf("Bench: " + format + "%n", args);
        System.out.flush();
    }
}
