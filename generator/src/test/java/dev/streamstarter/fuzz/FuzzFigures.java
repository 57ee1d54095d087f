package dev.streamstarter.fuzz;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What a fuzz run did, printed at its end so that CI logs show it. */
final class FuzzFigures {

    final AtomicInteger tried = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger parsedFiles = new AtomicInteger();
    final AtomicInteger compiledProjects = new AtomicInteger();
    final AtomicInteger replayedSpecs = new AtomicInteger();
    /** Nanoseconds spent in the CLI (both runs of a replay), in parsing and in compiling. */
    final AtomicLong cliNanos = new AtomicLong();
    final AtomicLong parseNanos = new AtomicLong();
    final AtomicLong compileNanos = new AtomicLong();
    private final long started = System.nanoTime();

    String summary() {
        return String.format("Fuzz: %d cases tried, %d accepted, %d refused with exit 2, %d Java files parsed,"
                        + " %d projects compiled, %d specs replayed, in %.1f s",
                tried.get(), accepted.get(), refused.get(), parsedFiles.get(), compiledProjects.get(),
                replayedSpecs.get(), (System.nanoTime() - started) / 1e9)
                + String.format(" (CLI %.1f s, parsing %.1f s, compiling %.1f s)", cliNanos.get() / 1e9,
                parseNanos.get() / 1e9, compileNanos.get() / 1e9);
    }
}
