package dev.streamstarter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guided mode of new asks the real choices that apply to the answers so far, with their
 * allowed values and the default that follows them, and refuses a bad answer at once.
 */
class GuidedModeTest {

    @TempDir Path tmp;

    @Test
    void itAsksWhatAppliesWithDefaultsThatFollowTheAnswersAndGeneratesThem() throws IOException {
        Path target = tmp.resolve("guided");
        // groupId, artifactId, version, package (default), source, then Enter for every other question.
        String answers = "org.acme\nclicks\n\n\nsocket\n" + "\n".repeat(20);

        CliRun run = CliRun.answering(answers, false, "new", target.toString(), "--interactive");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> questions = questions(run.out());
        assertThat(questions).startsWith("group-id", "artifact-id", "version", "package", "source")
                .contains("pattern", "group-by", "sink", "trigger", "output-mode")
                .as("options that do not apply to a socket source").doesNotContain("source-format", "source-topic", "bad-records");
        assertThat(run.out()).contains("package: Java package of the generated classes", "  [org.acme]: ")
                .as("the group-by default follows the socket source").contains("group-by: ").contains("  [value]: ");
        assertThat(target.resolve("stream-starter.yaml")).content()
                .contains("groupId: org.acme\n", "artifactId: clicks\n", "package: org.acme\n", "    source: socket\n",
                        "    groupBy:\n      - value\n");
    }

    @Test
    void anAnswerTheChecksRefuseIsReportedAtOnceAndAskedAgain() {
        Path target = tmp.resolve("again");
        // Enter up to the source: a misspelt value, then kafka; Enter up to the pattern: passthrough;
        // Enter up to the output mode: complete, which a passthrough cannot write, then Enter for auto.
        String toSource = "\n".repeat(4) + "kafak\nkafka\n";
        int pattern = asked(toSource + "\n".repeat(40)).indexOf("pattern");
        String toPattern = toSource + "\n".repeat(pattern - 5) + "passthrough\n";
        int outputMode = asked(toPattern + "\n".repeat(40)).indexOf("output-mode");
        StringBuilder answers = new StringBuilder(toPattern)
                .append("\n".repeat(outputMode - pattern - 1)).append("complete\n\n");

        CliRun run = CliRun.answering(answers.toString(), false, "new", target.toString(), "--interactive");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  error: --source 'kafak' is not allowed; allowed: file, socket, rate, kafka",
                "  'kafak' does not go with the answers so far; try again",
                "  error: --output-mode complete needs an aggregation",
                "  'complete' does not go with the answers so far; try again");
        assertThat(target.resolve("stream-starter.yaml")).content()
                .contains("    source: kafka\n", "    pattern: passthrough\n", "    outputMode: auto\n");
    }

    @Test
    void flagsGivenAreNotAskedAndATerminalWithoutChoicesIsAskedByDefault() {
        CliRun withFlag = CliRun.answering("\n".repeat(30), false, "new", tmp.resolve("a").toString(),
                "--interactive", "--source", "rate");
        CliRun inATerminal = CliRun.answering("\n".repeat(30), true, "new", tmp.resolve("b").toString());
        CliRun batch = CliRun.answering("", true, "new", tmp.resolve("c").toString(), "--batch");

        assertThat(withFlag.exitCode()).as(withFlag.err()).isZero();
        assertThat(questions(withFlag.out())).doesNotContain("source").contains("pattern");
        assertThat(inATerminal.exitCode()).as(inATerminal.err()).isZero();
        assertThat(questions(inATerminal.out())).contains("group-id", "source", "sink");
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.out()).doesNotContain("Answer each question");
    }

    @Test
    void inputThatEndsBeforeTheLastQuestionWritesNothing() {
        Path target = tmp.resolve("cut");

        CliRun run = CliRun.answering("org.acme\n", false, "new", target.toString(), "--interactive");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).isEqualTo("error: the input ended before --artifact-id was answered; nothing was written");
        assertThat(target).doesNotExist();
    }

    @Test
    void theGuidedModeDoesNotGoWithASpecFile() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), "pipelines:\n  - pipelineName: events\n");

        CliRun run = CliRun.answering("", false, "new", tmp.resolve("x").toString(), "--interactive", "--spec", spec.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).startsWith("error: --interactive cannot be combined with --spec");
    }

    /** The questions asked, in order, for these answers. */
    private List<String> asked(String answers) {
        return questions(CliRun.answering(answers, false, "new", tmp.resolve("count").toString(), "--interactive").out());
    }

    /** The options asked, in order: each question is "<flag without -->: <description>". */
    private static List<String> questions(String out) {
        Matcher question = Pattern.compile("(?m)(?:^|\\]: )([a-z][a-z-]*): [A-Z]").matcher(out);
        List<String> asked = new ArrayList<>();
        while (question.find()) {
            asked.add(question.group(1));
        }
        return asked;
    }

}
