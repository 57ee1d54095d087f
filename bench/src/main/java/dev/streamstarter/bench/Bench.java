package dev.streamstarter.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the bench's parts (-Dbench.parts, -Dbench.repetitions) and writes bench/RESULTS.md. Nothing
 * else should run on the machine meanwhile: the figures are wall times.
 */
public final class Bench {

    private static final List<String> PARTS = List.of("time-to-green", "generation");

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Path bench = Path.of(System.getProperty("bench.dir", "."));
        int repetitions = Integer.parseInt(System.getProperty("bench.repetitions", "3"));
        Set<String> parts = Set.of(System.getProperty("bench.parts", "time-to-green,generation").split(","));
        for (String part : parts) {
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("error: -Dbench.parts " + part + ": give some of " + PARTS);
            }
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("error: -Dbench.repetitions " + repetitions + ": give 1 or more");
        }
        // The quick part first; the file is written after each part, so a failure keeps what was measured.
        Path results = bench.resolve("RESULTS.md");
        List<Comparison> comparisons = new ArrayList<>();
        if (parts.contains("generation")) {
            comparisons.add(new Generation(bench, Path.of(System.getProperty("bench.cli")), repetitions).measure());
            ResultsFile.write(results, repetitions, comparisons);
        }
        if (parts.contains("time-to-green")) {
            comparisons.add(new TimeToGreen(bench, repetitions).measure());
            ResultsFile.write(results, repetitions, comparisons);
        }
        Progress.say("wrote %s", results);
    }
}
