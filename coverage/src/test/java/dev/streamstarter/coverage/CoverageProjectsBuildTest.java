package dev.streamstarter.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every coverage project (specs/*.yaml, together a pairwise cover of the option space, which the
 * generator's CoverageSpecsCoverEveryPairTest proves) is generated and passes {@code mvn -B verify}
 * on its own, as a user would run it.
 */
class CoverageProjectsBuildTest {

    private static final Path SPECS = Path.of("specs");
    private static final Path BUILDS = Path.of("target", "coverage");

    static Stream<Path> specs() throws IOException {
        return Files.list(SPECS).filter(spec -> spec.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void theGeneratedProjectPassesMvnVerifyOnItsOwn(Path spec) throws Exception {
        String name = spec.getFileName().toString().replace(".yaml", "");
        Path project = BUILDS.resolve(name);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int generated = Main.run(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "new", project.toString(), "--spec", spec.toString(), "--force");
        assertThat(generated).as(err.toString(StandardCharsets.UTF_8)).isZero();

        long start = System.nanoTime();
        Path log = BUILDS.resolve(name + ".log");
        Process build = new ProcessBuilder(
                        Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "verify")
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exitCode = build.waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.printf("Coverage: %s built in %d s%n", name, (System.nanoTime() - start) / 1_000_000_000);

        assertThat(exitCode)
                .as("mvn -B verify of %s (log: %s)%n%s", name, log.toAbsolutePath(), tail(output))
                .isZero();
    }

    private static String tail(String output) {
        return output.lines().filter(line -> line.contains("ERROR") || line.contains("Tests run"))
                .limit(40).reduce("", (a, b) -> a + b + "\n");
    }
}
