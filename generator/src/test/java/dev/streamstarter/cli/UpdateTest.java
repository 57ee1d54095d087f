package dev.streamstarter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code update} (and {@code new --force}) regenerate a project without losing the user's work. */
class UpdateTest {

    private static final String TRANSFORMATION = "src/main/java/com/example/EventsTransformation.java";
    private static final String PIPELINE = "src/main/java/com/example/EventsPipeline.java";

    @TempDir Path tmp;

    @Test
    void anUpdateAfterASpecChangeKeepsYourFilesRewritesUntouchedOnesAndReportsChangedOnes() throws IOException {
        Path project = generated("--sink", "console");
        Path udf = write(project, "src/main/java/com/example/MyUdf.java", "package com.example;\nfinal class MyUdf {}\n");
        Path head = write(project, ".git/HEAD", "ref: refs/heads/main\n");
        Path transformation = project.resolve(TRANSFORMATION);
        String edited = Files.readString(transformation).replace("return ", "// mine\n    return ");
        Files.writeString(transformation, edited);
        String pipelineBefore = Files.readString(project.resolve(PIPELINE));
        Path spec = project.resolve("stream-starter.yaml");
        Files.writeString(spec, Files.readString(spec).replace("sink: console", "sink: memory"));

        CliRun run = CliRun.of("update", project.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(udf).as("a file you wrote").hasContent("package com.example;\nfinal class MyUdf {}\n");
        assertThat(head).as("the Git repository").hasContent("ref: refs/heads/main\n");
        assertThat(transformation).as("a generated file you changed").hasContent(edited);
        assertThat(project.resolve(TRANSFORMATION + ".new")).as("its new version, beside it").exists();
        assertThat(run.out()).contains("conflict: " + TRANSFORMATION + ": you changed it; the new version is beside it,"
                + " in EventsTransformation.java.new");
        String pipelineAfter = Files.readString(project.resolve(PIPELINE));
        assertThat(pipelineAfter).as("a generated file you did not change, now for a memory sink")
                .isNotEqualTo(pipelineBefore).contains(".format(\"memory\")");
        assertThat(run.out()).contains("  updated " + PIPELINE);
    }

    @Test
    void aPipelineTakenOutOfTheSpecTakesItsUntouchedFilesAlongAndKeepsChangedOnes() throws IOException {
        Path project = tmp.resolve("two");
        Path twoPipelines = write(tmp, "two.yaml", """
                pipelines:
                  - pipelineName: events
                  - pipelineName: clicks
                """);
        assertThat(CliRun.of("new", project.toString(), "--spec", twoPipelines.toString()).exitCode()).isZero();
        String clicksTransformation = "src/main/java/com/example/ClicksTransformation.java";
        Files.writeString(project.resolve(clicksTransformation), "// mine\n", java.nio.file.StandardOpenOption.APPEND);
        Path onePipeline = write(tmp, "one.yaml", "pipelines:\n  - pipelineName: events\n");

        CliRun run = CliRun.of("update", project.toString(), "--spec", onePipeline.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.resolve("src/main/java/com/example/ClicksPipeline.java")).doesNotExist();
        assertThat(project.resolve("data/clicks")).as("a folder its removal left empty").doesNotExist();
        assertThat(run.out()).contains("  removed src/main/java/com/example/ClicksPipeline.java",
                "kept: " + clicksTransformation + ": you changed it, and it is no longer generated");
        assertThat(project.resolve(clicksTransformation)).content().endsWith("// mine\n");
        assertThat(project.resolve(PIPELINE)).exists();
    }

    @Test
    void newWithForceOverAGeneratedProjectUpdatesItAsUpdateDoes() throws IOException {
        Path project = generated();
        Path udf = write(project, "src/main/java/com/example/MyUdf.java", "final class MyUdf {}\n");

        CliRun run = CliRun.of("new", project.toString(), "--force", "--sink", "memory");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(udf).hasContent("final class MyUdf {}\n");
        assertThat(run.out()).startsWith("updated " + project + ": ").contains("  updated " + PIPELINE);
        assertThat(project.resolve(PIPELINE)).content().contains(".format(\"memory\")");
    }

    @Test
    void theManifestHoldsEveryGeneratedFileWithItsHashAsSha256sumWritesIt() throws Exception {
        Path project = generated();

        List<String> lines = Files.readAllLines(project.resolve(".stream-starter/generated.sha256"));

        List<String> files;
        try (Stream<Path> walk = Files.walk(project)) {
            files = walk.filter(Files::isRegularFile).map(file -> project.relativize(file).toString())
                    .filter(path -> !path.equals(".stream-starter/generated.sha256")).sorted().toList();
        }
        assertThat(lines).hasSameSizeAs(files);
        for (String line : lines) {
            String path = line.substring(66);
            byte[] bytes = Files.readAllBytes(project.resolve(path));
            assertThat(line).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    + "  " + path);
        }
    }

    @Test
    void aProjectWithoutAManifestCountsEveryFileThatDiffersAsYoursAndGetsOne() throws IOException {
        Path project = generated();
        Files.delete(project.resolve(".stream-starter/generated.sha256"));
        Files.writeString(project.resolve("README.md"), "# mine\n");

        CliRun run = CliRun.of("update", project.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.resolve("README.md")).hasContent("# mine\n");
        assertThat(run.out()).contains("conflict: README.md: ", "note: " + project + " had no record of what was generated");
        assertThat(project.resolve(".stream-starter/generated.sha256")).exists();
        assertThat(CliRun.of("update", project.toString()).out()).as("a second update")
                .contains(": 0 added, 0 updated, 0 removed, ").doesNotContain("note:");
    }

    @Test
    void aFolderThatIsNotAGeneratedProjectIsRefusedAndLeftAsItIs() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        write(folder, "notes.txt", "mine");

        CliRun run = CliRun.of("update", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).isEqualTo("error: update: '" + folder + "' is not a generated project"
                + " (it has no stream-starter.yaml); generate one with: stream-starter new " + folder);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(folder.resolve("notes.txt"));
        }
    }

    private Path generated(String... options) {
        Path project = tmp.resolve("p");
        String[] args = Stream.concat(Stream.of("new", project.toString()), Stream.of(options)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return project;
    }

    private static Path write(Path folder, String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
