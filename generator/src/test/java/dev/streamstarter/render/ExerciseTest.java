package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.spec.YamlSpecReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An exercise is the finished project with its transformations to write: solved (its solution/
 * copied over src/), it is byte for byte the project made without {@code exercise}, which the
 * coverage projects and samples build; only the transformations, the README and the spec differ.
 */
class ExerciseTest {

    private static final Generator GENERATOR = new Generator(Catalog.standard());
    private static final String SPEC = """
            pipelines:
              - pipelineName: counts
              - pipelineName: plans
                pattern: stream-static-join
              - pipelineName: windows
                pattern: sliding-window
            """;

    @Test
    void solvedAnExerciseIsTheFinishedProject() throws Exception {
        Map<String, byte[]> finished = GENERATOR.render(YamlSpecReader.read(SPEC));
        Map<String, byte[]> exercise = GENERATOR.render(YamlSpecReader.read("exercise: 'on'\n" + SPEC));

        Map<String, byte[]> solved = new TreeMap<>(exercise);
        exercise.forEach((path, content) -> {
            if (path.startsWith("solution/")) {
                solved.remove(path);
                solved.put(path.substring("solution/".length()), content);
            }
        });
        solved.remove("README.md");
        solved.remove(ProjectRenderer.SPEC_FILE);
        solved.remove(FileManifest.FILE); // it lists the solution's files too
        Map<String, byte[]> expected = new TreeMap<>(finished);
        expected.remove("README.md");
        expected.remove(ProjectRenderer.SPEC_FILE);
        expected.remove(FileManifest.FILE);

        assertThat(solved.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, content) -> assertThat(new String(solved.get(path), StandardCharsets.UTF_8))
                .as(path).isEqualTo(new String(content, StandardCharsets.UTF_8)));
        assertThat(exercise.keySet()).filteredOn(path -> path.startsWith("solution/"))
                .containsExactly(
                        "solution/src/main/java/com/example/CountsTransformation.java",
                        "solution/src/main/java/com/example/PlansTransformation.java",
                        "solution/src/main/java/com/example/WindowsTransformation.java");
        assertThat(new String(exercise.get("src/main/java/com/example/PlansTransformation.java"), StandardCharsets.UTF_8))
                .contains("throw new UnsupportedOperationException(\"TODO (exercise): write PlansTransformation.apply,")
                .contains("static Dataset<Row> prepareOther(Dataset<Row> other)")
                .doesNotContain("static Dataset<Row> join(");
        assertThat(new String(exercise.get("README.md"), StandardCharsets.UTF_8))
                .contains("- `src/main/java/com/example/WindowsTransformation.java`", "cp -r solution/src .");
    }
}
