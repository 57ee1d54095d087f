package dev.streamstarter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
