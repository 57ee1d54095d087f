package dev.streamstarter.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long making a project takes, whole processes timed: the CLI's {@code new} for a default
 * project and for specs of 1, 10 and 100 pipelines, {@code mvn archetype:generate} where the
 * archetype is installed, against a bare {@code java -version}.
 */
final class Generation {

    static final String HOW = "whole processes, each into an empty folder; the commands take turns";

    private final Path folder;
    private final Path cli;
    private final int repetitions;

    Generation(Path bench, Path cli, int repetitions) {
        this.folder = bench.resolve("target").resolve("generation");
        this.cli = cli;
        this.repetitions = repetitions;
    }

    Comparison measure() throws Exception {
        Folders.delete(folder);
        Files.createDirectories(folder);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("`java -version`", List.of(java, "-version"));
        commands.put("`new` (default project)", List.of(java, "-jar", cli.toString(), "new", "out", "--force"));
        for (int pipelines : new int[] {1, 10, 100}) {
            Path spec = writeSpec(pipelines);
            commands.put("`new --spec` with " + pipelines + " pipeline" + (pipelines == 1 ? "" : "s"),
                    List.of(java, "-jar", cli.toString(), "new", "out", "--spec", spec.toString(), "--force"));
        }
        if (archetypeInstalled()) {
            // The plugin named in full: offline, Maven cannot look up the "archetype" prefix.
            commands.put("`mvn -B -o archetype:generate` (default project)", List.of(TimedProcess.mvn(), "-B", "-o",
                    "org.apache.maven.plugins:maven-archetype-plugin:3.4.0:generate", "-DarchetypeGroupId=dev.streamstarter",
                    "-DarchetypeArtifactId=spark-streaming-archetype", "-DarchetypeVersion=0.1.0-SNAPSHOT",
                    "-DgroupId=org.acme", "-DartifactId=out"));
        } else {
            Progress.say("generation: the archetype is not installed (mvn -B install -DskipTests): not timed");
        }

        // One untimed run each: the files are in the page cache, as for a user's second try.
        for (List<String> command : commands.values()) {
            run(command);
        }
        Map<String, Runs> runs = new LinkedHashMap<>();
        commands.keySet().forEach(name -> runs.put(name, new Runs(name)));
        for (int round = 0; round < repetitions; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                long ms = run(command.getValue());
                runs.put(command.getKey(), runs.get(command.getKey()).plus(ms));
            }
            Progress.say("generation %d/%d done", round + 1, repetitions);
        }

        List<Runs> all = new ArrayList<>(runs.values());
        List<Comparison.Compared> others = new ArrayList<>();
        others.add(Comparison.Compared.atMostMillis(all.get(1), 350));
        all.subList(2, all.size()).forEach(r -> others.add(Comparison.Compared.noGoal(r)));
        return new Comparison("Generation", HOW, all.get(0), others);
    }

    private long run(List<String> command) throws Exception {
        Folders.delete(folder.resolve("out"));
        return TimedProcess.millis(folder, folder.resolve("last.log"), command);
    }

    private Path writeSpec(int pipelines) throws Exception {
        StringBuilder yaml = new StringBuilder("pipelines:\n");
        for (int i = 1; i <= pipelines; i++) {
            yaml.append(String.format("- pipelineName: p%03d%n", i));
        }
        return Files.writeString(folder.resolve("spec-" + pipelines + ".yaml"), yaml, StandardCharsets.UTF_8);
    }

    private static boolean archetypeInstalled() {
        return Files.isDirectory(Path.of(System.getProperty("user.home"), ".m2", "repository", "dev", "streamstarter",
                "spark-streaming-archetype", "0.1.0-SNAPSHOT"));
    }
}
