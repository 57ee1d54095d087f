package dev.streamstarter.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A command run to its end in a folder, its output kept in a log; how long it took. */
final class TimedProcess {

    private TimedProcess() {}

    /** Runs the command and returns its wall time in ms; a failed command fails the bench. */
    static long millis(Path folder, Path log, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exitCode = process.waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (exitCode != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            throw new IllegalStateException(String.join(" ", command) + " in " + folder + " exited " + exitCode
                    + " (log: " + log + ")\n" + tail);
        }
        return ms;
    }

    /** The mvn launcher of the Maven that runs the bench. */
    static String mvn() {
        return Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
    }
}
