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
        int generated;
        // Builds run two at a time; generating is quick and need not be.
        synchronized (CoverageProjectsBuildTest.class) {
            generated = Main.run(new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    "new", project.toString(), "--spec", spec.toString(), "--force");
        }
        assertThat(generated).as(err.toString(StandardCharsets.UTF_8)).isZero();

        ProjectBuild.passesMvnVerify("Coverage", name, project, BUILDS.resolve(name + ".log"));
    }
}
