package dev.streamstarter.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** One run of a generated job as a process of its own, its output in a log file. */
final class JobProcess {

    private static final long POLL_MILLIS = 50;

    private final Process process;
    private final Path log;

    private JobProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the command in the folder, stdout and stderr into the log (replacing it). */
    static JobProcess start(List<String> command, Path dir, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("JDBC_PASSWORD", "");
        return new JobProcess(builder.start(), log);
    }

    /**
     * Waits until a line of the log matches; false if the process ended first or the time ran out.
     */
    boolean awaitLine(Pattern line, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean alive = process.isAlive();
            if (line.matcher(output()).find()) {
                return true;
            }
            if (!alive) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    /** SIGKILL: the JVM gets no chance to stop its queries or finish a batch. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end by itself and returns its exit code; kills it after the timeout. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("the job did not end within " + timeout + "\n" + tail());
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The log's last lines, headed by its path, for failure messages. */
    String tail() {
        try {
            List<String> lines = output().lines().toList();
            return "----- " + log + " -----\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "----- " + log + ": " + e;
        }
    }
}
