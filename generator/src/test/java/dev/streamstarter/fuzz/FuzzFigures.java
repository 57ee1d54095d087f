package dev.streamstarter.fuzz;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What a fuzz run did, counted as it went (by the cases' threads) and printed at its end so that CI logs show it. */
final class FuzzFigures {

    final AtomicInteger cases = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger helpPrinted = new AtomicInteger();
    final AtomicInteger compiled = new AtomicInteger();
    /** Sampled for compiling, but with a Cassandra sink, whose connector is not on the test classpath. */
    final AtomicInteger compileSkipped = new AtomicInteger();
    final AtomicInteger javaFilesParsed = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    /** Nanoseconds summed over the threads: in the CLI (both runs of an accepted case), parsing and compiling. */
    final AtomicLong cliNanos = new AtomicLong();
    final AtomicLong parseNanos = new AtomicLong();
    final AtomicLong compileNanos = new AtomicLong();
    private final long started = System.nanoTime();
    private final long startedCpu = processCpuNanos();

    String summary(long seed) {
        return String.format("Fuzz: %d cases (seed %d): %d accepted, %d refused with error:, %d compiled, %d failures",
                cases.get(), seed, accepted.get(), refused.get(), compiled.get(), failures.get());
    }

    String details(int threads) {
        return String.format("Fuzz: %d printed help, %d sampled projects not compiled (Cassandra sink),"
                        + " %d Java files parsed; %.1f s wall on %d threads, %.1f s CPU (summed over threads: CLI"
                        + " %.1f s, parsing %.1f s, compiling %.1f s)",
                helpPrinted.get(), compileSkipped.get(), javaFilesParsed.get(), (System.nanoTime() - started) / 1e9,
                threads, (processCpuNanos() - startedCpu) / 1e9, cliNanos.get() / 1e9, parseNanos.get() / 1e9,
                compileNanos.get() / 1e9);
    }

    /** CPU time of the whole JVM, so that a busy machine's wall time can be told from ours. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
