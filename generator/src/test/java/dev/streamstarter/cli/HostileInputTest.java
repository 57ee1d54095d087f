package dev.streamstarter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input a fuzzer found: each gets one error line naming what to change and exit 2, or works as written. */
class HostileInputTest {

    @TempDir
    Path tmp;

    @Test
    void newWithoutAFolderIsAUsageErrorNotAStackTrace() {
        CliRun run = CliRun.of("new", "--source", "file");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).isEqualTo("error: new: name the folder to create, e.g. stream-starter new my-job");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aSpecPathThatCannotBeAPathIsOneErrorLineNotAStackTrace() {
        Path target = tmp.resolve("p");

        // A NUL here; a non-ASCII name under LC_ALL=C fails the same way (InvalidPathException).
        CliRun run = CliRun.of("new", target.toString(), "--spec", "job\0.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).isEqualTo("error: --spec 'job\\u0000.yaml' cannot be used: Nul character not"
                + " allowed; choose a plain name, or run with a UTF-8 locale (LC_ALL=C.UTF-8)");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(target).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''| no file named",
        ".| a folder, not a file",
        "no-such.yaml| there is no such file"})
    void aSpecThatIsNoFileSaysWhatItIsInOneLine(String spec, String what) {
        Path target = tmp.resolve("p");

        CliRun run = CliRun.of("new", target.toString(), "--spec", spec);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).isEqualTo("error: --spec '" + spec + "': " + what
                + "; give the path of a spec file, such as a project's stream-starter.yaml");
        assertThat(target).doesNotExist();
    }

    @Test
    void anArgumentStartingWithAtIsAValueNotAFileToReadArgumentsFrom() throws IOException {
        Path arguments = Files.writeString(tmp.resolve("args"), "--source kafak");

        Path target = tmp.resolve("p");

        CliRun run = CliRun.of("new", target.toString(), "--filter", "@" + arguments);

        // Read as a file, the arguments would be '--source kafak' and fail as an unknown source.
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(target.resolve("stream-starter.yaml")).content().contains("filter: '@" + arguments + "'");
    }

    @Test
    void aGroupIdThatIsNoPackageIsNamedAsTheOriginOfTheDefaultPackage() {
        CliRun run = CliRun.of("check", "--group-id", "1bad");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine())
                .startsWith("error: --package '1bad' is not valid")
                .endsWith("(--package was not given and defaults to --group-id '1bad'; give --package)");
    }

    @Test
    void pipelineNamesThatMakeTheSameClassAreRefused() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                pipelines:
                  - pipelineName: a-1b
                  - pipelineName: a1b
                """);

        CliRun run = CliRun.of("check", "--spec", spec.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(
                "error: pipeline 'a1b': --pipeline-name 'a1b' and 'a-1b' both name the class A1bPipeline;");
    }

    @Test
    void aKafkaSourceThatReadsItsOwnSinkTopicIsRefused() {
        CliRun pattern = CliRun.of("check", "--source", "kafka", "--source-topic-pattern", "events.*", "--sink", "kafka");
        CliRun topic = CliRun.of("check", "--source", "kafka", "--sink", "kafka", "--sink-topic", "events");

        assertThat(pattern.exitCode()).isEqualTo(2);
        assertThat(pattern.firstErrorLine()).isEqualTo("error: --source-topic-pattern 'events.*' reads --sink-topic"
                + " 'events-results': the job would read its own results for ever; give the sink a topic the source"
                + " does not read");
        assertThat(topic.exitCode()).isEqualTo(2);
        assertThat(topic.firstErrorLine()).startsWith("error: --source-topic 'events' reads --sink-topic 'events'");
        assertThat(CliRun.of("check", "--source", "kafka", "--source-topic-pattern", "events", "--sink", "kafka")
                .exitCode()).isZero();
    }

    @Test
    void checkNeverSaysNothingWasWrittenAndNewDoes() {
        CliRun check = CliRun.of("check", "--source", "kafak");
        CliRun generate = CliRun.of("new", tmp.resolve("x").toString(), "--source", "kafak");

        assertThat(check.err()).doesNotContain("nothing was written");
        assertThat(generate.err()).endsWith("nothing was written" + System.lineSeparator());
    }

    @Test
    void aPipeInSqlStaysInsideItsReadmeTableCell() throws IOException {
        Path target = tmp.resolve("p");

        CliRun run = CliRun.of("new", target.toString(), "--filter", "action = 'a|b' OR action || 'x' = 'yx'");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(target.resolve("README.md")))
                .contains("| filter | `action = 'a\\|b' OR action \\|\\| 'x' = 'yx'` |");
    }

    @Test
    void aTargetThatCannotBeWrittenIsOneErrorLineAndLeavesNoFolderBehind() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("nowhere"));

        CliRun underAFile = CliRun.of("new", file.resolve("x/y").toString());
        CliRun dangling = CliRun.of("new", link.toString());
        CliRun tooLong = CliRun.of("new", tmp.resolve("deeper/" + "a".repeat(300)).toString());

        assertThat(underAFile.exitCode()).isEqualTo(2);
        assertThat(underAFile.err()).startsWith("error: cannot write '" + file.resolve("x/y") + "': Not a directory")
                .doesNotContain("Exception");
        assertThat(dangling.exitCode()).isEqualTo(2);
        assertThat(dangling.firstErrorLine()).isEqualTo("error: target '" + link + "' is a link to '"
                + tmp.resolve("nowhere") + "', which does not exist; create that folder or choose another");
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.firstErrorLine()).startsWith("error: cannot write").contains("File name too long");
        assertThat(tmp.resolve("deeper")).as("a parent made for the project").doesNotExist();
    }

    @Test
    void forceKeepsTheProjectsGitRepositoryAndTheProjectGetsTheUsualPermissions() throws IOException {
        Path target = tmp.resolve("p");
        assertThat(CliRun.of("new", target.toString()).exitCode()).isZero();
        Files.createDirectories(target.resolve(".git/refs"));
        Files.writeString(target.resolve(".git/HEAD"), "ref: refs/heads/main\n");

        CliRun again = CliRun.of("new", target.toString(), "--force", "--sink", "memory");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(target.resolve(".git/HEAD")).hasContent("ref: refs/heads/main");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("what the swap leaves beside the project").containsExactly(target);
        }
        assertThat(target.resolve("stream-starter.yaml")).content().contains("sink: memory");
        // Readable by others as a folder made with mkdir is (a temp folder is the owner's alone).
        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OTHERS_READ);
    }

    @Test
    void anEmptyValueOfAnOptionalOptionIsRecordedAsNoneAsTheArchetypeRecordsIt() throws IOException {
        Path target = tmp.resolve("p");

        // The archetype plugin takes -Dfilter= as not given: its default, none.
        CliRun run = CliRun.of("new", target.toString(), "--filter=", "--watermark= ");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(target.resolve("stream-starter.yaml")).content()
                .contains("    filter: none\n", "    watermark: none\n");
    }

    @Test
    void aValueTooLongForAJavaStringConstantIsRefusedByName() {
        StringBuilder schema = new StringBuilder("ts TIMESTAMP, action STRING");
        for (int i = 0; schema.length() <= 70_000; i++) {
            schema.append(", column_").append(i).append(" INT");
        }

        CliRun run = CliRun.of("check", "--schema", schema.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).startsWith("error: --schema is " + schema.length() + " characters long")
                .endsWith("at most 65535 bytes fit in a Java string constant");
    }

    @Test
    void aKafkaKeyThatEndsAJavaCommentStaysOutOfTheComments() throws IOException {
        Path target = tmp.resolve("k");

        CliRun run = CliRun.of("new", target.toString(), "--sink", "kafka", "--output-mode", "update",
                "--kafka-key", "concat(action, '*/', '\\uZZ')");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String pipeline = Files.readString(target.resolve("src/main/java/com/example/EventsPipeline.java"));
        assertThat(pipeline.lines().filter(line -> line.trim().startsWith("/**") || line.trim().startsWith("//")))
                .noneMatch(line -> line.contains("*/'") || line.contains("\\uZZ"));
    }
}
