package dev.streamstarter.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson sample (samples/lesson-*, generator output that the generator's
 * SamplesAreGeneratorOutputTest compares with its spec) passes {@code mvn -B verify} in its own
 * folder, as a student runs it. Built here rather than as modules of the repository's reactor so
 * that they share the two build slots with the coverage projects.
 */
class SampleProjectsBuildTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path LOGS = Path.of("target", "samples");

    static Stream<Path> samples() throws IOException {
        return Files.list(SAMPLES).filter(sample -> Files.isRegularFile(sample.resolve("pom.xml"))).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theLessonSamplePassesMvnVerifyOnItsOwn(Path sample) throws Exception {
        String name = sample.getFileName().toString();
        ProjectBuild.passesMvnVerify("Sample", name, sample, LOGS.resolve(name + ".log"));
    }
}
