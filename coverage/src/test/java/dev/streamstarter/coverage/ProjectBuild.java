package dev.streamstarter.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code mvn -B verify} of one project in its own folder, as a user would run it. */
final class ProjectBuild {

    private ProjectBuild() {}

    /**
     * Builds the project, prints how long it took as {@code <kind>: <name> built in N s} (the CI
     * log's time per project) and fails with the build's errors and test counts if it failed.
     */
    static void passesMvnVerify(String kind, String name, Path project, Path log) throws Exception {
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        Process build = new ProcessBuilder(
                        Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "verify")
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exitCode = build.waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.printf("%s: %s built in %d s%n", kind, name, (System.nanoTime() - start) / 1_000_000_000);

        assertThat(exitCode)
                .as("mvn -B verify of %s (log: %s)%n%s", name, log.toAbsolutePath(), tail(output))
                .isZero();
    }

    private static String tail(String output) {
        return output.lines().filter(line -> line.contains("ERROR") || line.contains("Tests run"))
                .limit(40).reduce("", (a, b) -> a + b + "\n");
    }
}
