package dev.streamstarter.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An exercise (spec {@code exercise: "on"}) fails its transformations' tests with each TODO's
 * message until they are written; with the solutions copied in as its README says
 * ({@code cp -r solution/src .}) they pass. Only those tests run: solved, the exercise is the
 * finished project byte for byte (the generator's ExerciseTest), which the coverage projects and
 * the samples build whole.
 */
class ExerciseProjectBuildTest {

    private static final Path SPEC = Path.of("src", "test", "resources", "exercise.yaml");
    private static final Path BUILDS = Path.of("target", "exercise");
    private static final String TRANSFORMATION_TESTS = "-Dtest=*TransformationTest";

    @Test
    void anExerciseFailsWithItsTodosUntilItsSolutionIsCopiedIn() throws Exception {
        Path project = BUILDS.resolve("exercise");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int generated;
        synchronized (CoverageProjectsBuildTest.class) {
            generated = Main.run(new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    "new", project.toString(), "--spec", SPEC.toString(), "--force");
        }
        assertThat(generated).as(err.toString(StandardCharsets.UTF_8)).isZero();

        ProjectBuild.Outcome unsolved = ProjectBuild.mvnVerify("Exercise", "exercise", project,
                BUILDS.resolve("unsolved.log"), TRANSFORMATION_TESTS);

        assertThat(unsolved.exitCode()).as("an exercise fails until it is written").isNotZero();
        assertThat(unsolved.output()).contains(
                "TODO (exercise): write CountsTransformation.apply, the grouped-aggregation of the prepared input",
                "TODO (exercise): write PlansTransformation.apply, the stream-static-join of the prepared input");

        copyInto(project.resolve("solution/src"), project.resolve("src"));
        ProjectBuild.Outcome solved = ProjectBuild.mvnVerify("Exercise", "exercise with its solution", project,
                BUILDS.resolve("solved.log"), TRANSFORMATION_TESTS);

        assertThat(solved.exitCode()).as("the solution passes (log: %s)", BUILDS.resolve("solved.log")).isZero();
        assertThat(solved.output()).contains("Tests run: ", "BUILD SUCCESS").doesNotContain("TODO (exercise)");
    }

    /** What {@code cp -r solution/src .} does: every file of the solution over the project's own. */
    private static void copyInto(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
