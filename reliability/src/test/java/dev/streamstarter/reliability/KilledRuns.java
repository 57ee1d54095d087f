package dev.streamstarter.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a generated job again and again on one checkpoint: each run is killed with SIGKILL at a
 * random moment after its first micro-batch with input (so batches are in flight), the next run
 * must resume and process input again, and a last run processes what is left and ends by itself.
 * The input is written in parts, one before each run, so that every run has input to work on.
 */
final class KilledRuns {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
    private static final int MAX_KILL_DELAY_MILLIS = 1000;

    private final GeneratedProject project;
    private final List<String> jobArgs;
    private final Path queryCheckpoint;
    private final Pattern batchWithInput;
    private final Path logs;

    /** What the runs did: how many were killed, how many kills hit a batch not yet committed. */
    record Outcome(int kills, int killsMidBatch, int restarts, int lastExitCode, String lastLog) {}

    KilledRuns(GeneratedProject project, List<String> jobArgs, Path queryCheckpoint, String query, Path logs) {
        this.project = project;
        this.jobArgs = List.copyOf(jobArgs);
        this.queryCheckpoint = queryCheckpoint;
        this.batchWithInput = Pattern.compile(
                "ProgressLogger: " + Pattern.quote(query) + ": batch \\d+, [1-9]\\d* input rows");
        this.logs = logs;
    }

    /**
     * Kills {@code kills} runs, then lets a last run with {@code --until-done} end by itself; part
     * {@code i} of the input is written before run {@code i} (of {@code kills + 1}).
     */
    Outcome run(int kills, List<byte[]> input, Topics topics, String topic, Random random) throws Exception {
        Files.createDirectories(logs);
        int killsMidBatch = 0;
        for (int run = 1; run <= kills; run++) {
            topics.send(topic, part(input, run - 1, kills + 1));
            JobProcess job = JobProcess.start(
                    project.jobCommand(jobArgs), project.dir(), logs.resolve("run-" + run + ".log"));
            if (!job.awaitLine(batchWithInput, RUN_TIMEOUT)) {
                job.kill();
                throw new AssertionError("run " + run + " (restart " + (run - 1) + ") processed no input within "
                        + RUN_TIMEOUT + "\n" + job.tail());
            }
            Thread.sleep(random.nextInt(MAX_KILL_DELAY_MILLIS));
            job.kill();
            if (lastBatch("offsets") > lastBatch("commits")) {
                killsMidBatch++;
            }
        }
        topics.send(topic, part(input, kills, kills + 1));
        List<String> lastArgs = new ArrayList<>(jobArgs);
        lastArgs.add("--until-done");
        JobProcess last = JobProcess.start(
                project.jobCommand(lastArgs), project.dir(), logs.resolve("run-last.log"));
        int exitCode = last.awaitExit(RUN_TIMEOUT);
        return new Outcome(kills, killsMidBatch, kills, exitCode, last.tail());
    }

    /** Part {@code index} of {@code parts} nearly equal parts of the records, in order. */
    private static List<byte[]> part(List<byte[]> records, int index, int parts) {
        return records.subList(records.size() * index / parts, records.size() * (index + 1) / parts);
    }

    /** The highest batch id the checkpoint's log holds (offsets: planned, commits: done), or -1. */
    private long lastBatch(String log) throws IOException {
        Path dir = queryCheckpoint.resolve(log);
        if (!Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("\\d+"))
                    .mapToLong(Long::parseLong)
                    .max()
                    .orElse(-1);
        }
    }
}
