package dev.streamstarter.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code mvn -B verify} of one project in its own folder, as a user would run it. */
final class ProjectBuild {

    private ProjectBuild() {}

    /** What {@code mvn -B verify} gave: its exit code and everything it printed. */
    record Outcome(int exitCode, String output) {}

    /**
     * Builds the project, prints how long it took as {@code <kind>: <name> built in N s} (the CI
     * log's time per project) and fails with the build's errors and test counts if it failed.
     */
    static void passesMvnVerify(String kind, String name, Path project, Path log) throws Exception {
        Outcome outcome = mvnVerify(kind, name, project, log);

        assertThat(outcome.exitCode())
                .as("mvn -B verify of %s (log: %s)%n%s", name, log.toAbsolutePath(), tail(outcome.output()))
                .isZero();
    }

    /**
     * Builds the project ({@code mvn -B verify} and the given arguments), printing how long it
     * took, and returns how the build ended.
     */
    static Outcome mvnVerify(String kind, String name, Path project, Path log, String... args) throws Exception {
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "verify"));
        command.addAll(List.of(args));
        Process build = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exitCode = build.waitFor();
        System.out.printf("%s: %s built in %d s%n", kind, name, (System.nanoTime() - start) / 1_000_000_000);
        return new Outcome(exitCode, Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String tail(String output) {
        return output.lines().filter(line -> line.contains("ERROR") || line.contains("Tests run"))
                .limit(40).reduce("", (a, b) -> a + b + "\n");
    }
}
