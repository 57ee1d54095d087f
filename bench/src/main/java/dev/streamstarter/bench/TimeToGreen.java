package dev.streamstarter.bench;

import dev.streamstarter.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How long {@code mvn -B -o verify} takes, on a warm Maven cache, for a default generated project and
 * a Kafka → tumbling window → JDBC one, against the floor project (bench/floor): what a student
 * waits for after every change.
 */
final class TimeToGreen {

    static final String HOW = "`mvn -B -o verify` of each project, after one untimed `mvn -B verify` of each"
            + " (dependencies resolved, code compiled); the projects take turns, in a different order each round";

    private final Path bench;
    private final Path projects;
    private final int repetitions;

    TimeToGreen(Path bench, int repetitions) {
        this.bench = bench;
        this.projects = bench.resolve("target").resolve("time-to-green");
        this.repetitions = repetitions;
    }

    Comparison measure() throws Exception {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("floor (bench/floor)", copyFloor());
        folders.put("default project (`new`)", generate("default"));
        folders.put("Kafka → tumbling window → JDBC (`new --source kafka --pattern tumbling-window"
                + " --watermark '10 minutes' --sink jdbc`)", generate("kafka-window-jdbc", "--source", "kafka",
                "--pattern", "tumbling-window", "--watermark", "10 minutes", "--sink", "jdbc"));

        for (Map.Entry<String, Path> project : folders.entrySet()) {
            Progress.say("time-to-green: warming up %s", project.getValue().getFileName());
            TimedProcess.millis(project.getValue(), log(project.getValue(), "warm-up"),
                    List.of(TimedProcess.mvn(), "-B", "verify"));
        }

        List<String> names = new ArrayList<>(folders.keySet());
        Map<String, Runs> runs = new LinkedHashMap<>();
        names.forEach(name -> runs.put(name, new Runs(name)));
        for (int round = 0; round < repetitions; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size()); // each takes every place in turn
                Path folder = folders.get(name);
                long ms = TimedProcess.millis(folder, log(folder, "run-" + (round + 1)),
                        List.of(TimedProcess.mvn(), "-B", "-o", "verify"));
                runs.put(name, runs.get(name).plus(ms));
                Progress.say("time-to-green %d/%d: %s %.1f s", round + 1, repetitions, folder.getFileName(),
                        ms / 1000.0);
            }
        }
        return new Comparison("Time to green", HOW, runs.get(names.get(0)), List.of(
                Comparison.Compared.atMostTimes(runs.get(names.get(1)), 1.3),
                Comparison.Compared.atMostTimes(runs.get(names.get(2)), 2.0)));
    }

    private Path copyFloor() throws IOException {
        Path source = bench.resolve("floor");
        Path target = projects.resolve("floor");
        Folders.delete(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    private Path generate(String name, String... options) {
        Path folder = projects.resolve(name);
        List<String> args = new ArrayList<>(List.of("new", folder.toString(), "--force"));
        args.addAll(List.of(options));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        if (exitCode != 0) {
            throw new IllegalStateException("new " + name + " exited " + exitCode + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return folder;
    }

    private Path log(Path project, String run) {
        return projects.resolve("logs").resolve(project.getFileName() + "-" + run + ".log");
    }
}
