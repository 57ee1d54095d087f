package dev.streamstarter.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** bench/RESULTS.md: the machine, the command, and every figure with its repetitions and ratio. */
final class ResultsFile {

    static final String COMMAND = "mvn -B -Pbench -pl bench -am verify -DskipTests";

    private ResultsFile() {}

    static void write(Path file, int repetitions, List<Comparison> comparisons) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Bench results\n\n");
        md.append("Written by the bench on ").append(LocalDate.now()).append(" with `").append(COMMAND)
                .append("` (").append(repetitions).append(" timed runs of each, alternating); run it again to"
                        + " replace this file. Times are wall times in seconds: min / median / max, and the"
                        + " median against the section's first row.\n\n");
        md.append("Machine: ").append(machine()).append("\n");
        for (Comparison comparison : comparisons) {
            md.append("\n## ").append(comparison.title()).append("\n\n").append(comparison.how()).append(".\n\n");
            md.append("| what | runs | min / median / max | ratio | goal |\n|---|---|---|---|---|\n");
            md.append(row(comparison.baseline(), "1.00", ""));
            for (Comparison.Compared other : comparison.others()) {
                md.append(row(other.runs(), String.format(Locale.ROOT, "%.2f", other.ratio(comparison.baseline())),
                        other.goal(comparison.baseline())));
            }
        }
        Files.writeString(file, md, StandardCharsets.UTF_8);
    }

    private static String row(Runs runs, String ratio, String goal) {
        String each = runs.millis().stream().map(ResultsFile::seconds).collect(Collectors.joining(", "));
        return "| " + runs.what() + " | " + each + " | " + seconds(runs.min()) + " / " + seconds(runs.median())
                + " / " + seconds(runs.max()) + " | " + ratio + " | " + goal + " |\n";
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, ms < 10_000 ? "%.2f" : "%.1f", ms / 1000);
    }

    private static String machine() throws Exception {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return Runtime.getRuntime().availableProcessors() + " cores, " + Math.round(memory / (1024.0 * 1024 * 1024))
                + " GiB, " + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.runtime.version") + ", Maven " + mavenVersion();
    }

    private static String mavenVersion() {
        return System.getProperty("bench.maven.version", "?");
    }
}
