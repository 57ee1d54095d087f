package dev.streamstarter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path tmp;

    @Test
    void anUnknownSourceExitsWithTwoNamesTheValueAndTheAllowedOnesAndWritesNothing() throws IOException {
        Path target = tmp.resolve("x");

        CliRun run = CliRun.of("new", target.toString(), "--source", "kafak");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine())
                .startsWith("error: --source 'kafak' is not allowed")
                .contains("allowed: file, socket");
        assertThat(target).doesNotExist();
        assertThat(listing(tmp)).isEmpty();
    }

    @Test
    void newWritesAProjectWithTheSpecItWasMadeFrom() {
        Path target = tmp.resolve("demo");

        CliRun run = CliRun.of("new", target.toString(), "--artifact-id", "demo", "--package", "org.acme.demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(target.resolve("pom.xml")).content().contains("<artifactId>demo</artifactId>");
        assertThat(target.resolve("src/main/java/org/acme/demo/StreamingJob.java")).exists();
        assertThat(target.resolve("stream-starter.yaml")).content().contains("package: org.acme.demo");
        assertThat(target.resolve("README.md")).content()
                .startsWith("# demo\n")
                .contains("\n## What was chosen\n", "\n### Pipeline `events`", "\n## Warnings that applied\n",
                        "\n## Run it locally\n", "\n## Test it\n", "\n## Submit it to a cluster\n");
        assertThat(run.out()).contains("generated").contains("warning: --pattern grouped-aggregation");
    }

    @Test
    void aNonEmptyTargetIsRefusedUnlessForcedAndForceUpdatesOnlyGeneratedProjects() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(target.resolve("notes.txt"), "mine");

        assertThat(CliRun.of("new", target.toString()).firstErrorLine()).contains("exists and is not empty");
        CliRun forced = CliRun.of("new", target.toString(), "--force");
        assertThat(forced.exitCode()).isEqualTo(2);
        assertThat(forced.firstErrorLine()).contains("is not a generated project");
        assertThat(target.resolve("notes.txt")).hasContent("mine");

        Path generated = tmp.resolve("generated");
        assertThat(CliRun.of("new", generated.toString()).exitCode()).isZero();
        Files.writeString(generated.resolve("notes.txt"), "mine");
        assertThat(CliRun.of("new", generated.toString(), "--force", "--sink", "memory").exitCode()).isZero();
        assertThat(generated.resolve("notes.txt")).as("a file the generator did not write").hasContent("mine");
        assertThat(generated.resolve("stream-starter.yaml")).content().contains("sink: memory");
    }

    @Test
    void theProjectCarriesTheMavenWrapperPinnedToTheCatalogsMavenWithItsScriptExecutable() throws IOException {
        Path target = tmp.resolve("wrapped");

        assertThat(CliRun.of("new", target.toString()).exitCode()).isZero();

        assertThat(Files.isExecutable(target.resolve("mvnw"))).as("./mvnw can be run").isTrue();
        assertThat(target.resolve("mvnw")).content().startsWith("#!/bin/sh\n");
        assertThat(target.resolve("mvnw.cmd")).exists();
        String maven = Catalog.standard().platform().get("mavenVersion");
        assertThat(target.resolve(".mvn/wrapper/maven-wrapper.properties")).content()
                .contains("distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/"
                        + maven + "/apache-maven-" + maven + "-bin.zip\n");
    }

    @Test
    void aJoinsOtherSideIsUnderTheBadRecordsPolicyWhateverTheSource() throws IOException {
        Path rate = tmp.resolve("rate-join");

        CliRun joined = CliRun.of("new", rate.toString(), "--source", "rate", "--pattern", "stream-stream-join",
                "--select", "concat('user-', CAST(value % 3 + 1 AS STRING)) AS user;timestamp AS ts", "--bad-records", "fail");
        CliRun socketAlone = CliRun.of("check", "--source", "socket", "--bad-records", "drop");

        assertThat(joined.exitCode()).as(joined.err()).isZero();
        assertThat(rate.resolve("stream-starter.yaml")).content().contains("    badRecords: fail\n");
        assertThat(rate.resolve("src/main/java/com/example/EventsPipeline.java")).content()
                .contains("return BadRecords.failing(parseOther(otherLines(spark, config)), OTHER_SCHEMA);");
        assertThat(socketAlone.exitCode()).isEqualTo(2);
        assertThat(socketAlone.firstErrorLine()).isEqualTo("error: --bad-records applies only with --source file or kafka,"
                + " or with --pattern stream-static-join or stream-stream-join; remove it or change those options");
    }

    @Test
    void anInvalidCombinationNamesTheRuleAndItsFixAndWritesNothing() {
        Path target = tmp.resolve("x");

        // Given both, so no default can follow: a grouped aggregation has no window to finalise.
        CliRun run = CliRun.of("new", target.toString(), "--output-mode", "append", "--pattern", "grouped-aggregation");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine())
                .contains("--output-mode append needs a watermark for aggregations");
        assertThat(run.err()).contains("fix: use --output-mode update or complete");
        assertThat(target).doesNotExist();
    }

    @Test
    void appendForAWindowWithoutWatermarkSaysWhyAndHowToFixItFirst() {
        Path target = tmp.resolve("x");

        CliRun run = CliRun.of("new", target.toString(), "--pattern", "tumbling-window",
                "--output-mode", "append", "--watermark", "none");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine())
                .startsWith("error: --output-mode append needs a watermark for aggregations (--pattern tumbling-window");
        assertThat(run.err().lines().skip(1).findFirst().orElse(""))
                .contains("fix:").contains("set --event-time and --watermark");
        assertThat(target).doesNotExist();
    }

    @Test
    void checkPrintsTheResolvedOutputModeAndWarningsAndExitsZero() {
        CliRun run = CliRun.of("check", "--source", "socket", "--group-by", "word",
                "--select", "explode(split(value, ' ')) AS word");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("output mode update (auto)")
                .contains("warning: --source socket is not fault-tolerant");
    }

    @Test
    void listShowsEveryOptionWithAllowedValuesAndDefaultsAlsoAsJson() {
        CliRun text = CliRun.of("list");
        CliRun json = CliRun.of("list", "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("--source / source  [file]").contains("socket").contains("file-sink-append-only");
        assertThat(json.out()).startsWith("{").contains("\"id\": \"outputMode\"").contains("\"default\": \"auto\"");
    }

    @Test
    void unknownFlagsAndMissingCommandsAreUsageErrors() {
        assertThat(CliRun.of("new", "x", "--sourc", "file").exitCode()).isEqualTo(2);
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--version").out()).contains("stream-starter");
        assertThat(CliRun.of("new", "--help").out()).contains("--output-mode");
    }

    @Test
    void specFilesAndFlagsDoNotMix() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), "pipelines:\n  - pipelineName: a\n");

        CliRun run = CliRun.of("check", "--spec", spec.toString(), "--source", "file");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).contains("--spec cannot be combined with option flags");
    }

    @Test
    void aSpecWithAKeyTwiceIsOneErrorLine() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                pipelines:
                  - pipelineName: a
                    sink: memory
                    sink: console
                """);

        CliRun run = CliRun.of("check", "--spec", spec.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --spec '" + spec
                + "': the spec has key 'sink' twice (line 4); keep one of them" + System.lineSeparator());
    }

    @Test
    void aSpecFileWithSeveralPipelinesNamesThePipelineInErrors() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                artifactId: two
                pipelines:
                  - pipelineName: first
                  - pipelineName: second
                    sink: nowhere
                """);

        CliRun run = CliRun.of("new", tmp.resolve("two").toString(), "--spec", spec.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).isEqualTo(
                "error: pipeline 'second': --sink 'nowhere' is not allowed; allowed: console, memory, file, foreach, kafka, jdbc, cassandra");
        assertThat(tmp.resolve("two")).doesNotExist();
    }

    @Test
    void sparkSettingsOfASpecAreTheJobsDefaultsAndAreWrittenBackAsAMapping() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                artifactId: seoul
                sessionTimeZone: Asia/Seoul
                shufflePartitions: 5
                sparkConf:
                  spark.sql.streaming.statefulOperator.allowMultiple: false
                pipelines:
                  - pipelineName: first
                """);
        Path target = tmp.resolve("seoul");

        assertThat(CliRun.of("new", target.toString(), "--spec", spec.toString()).exitCode()).isZero();

        assertThat(Files.readString(target.resolve("src/main/java/com/example/JobConfig.java")))
                .contains("given.getOrDefault(\"--shuffle-partitions\", \"5\")")
                .contains("given.getOrDefault(\"--time-zone\", \"Asia/Seoul\")");
        assertThat(Files.readString(target.resolve("src/main/java/com/example/StreamingJob.java")))
                .contains("Map.entry(\"spark.sql.streaming.statefulOperator.allowMultiple\", \"false\")");
        assertThat(Files.readString(target.resolve("stream-starter.yaml")))
                .contains("sessionTimeZone: Asia/Seoul\n")
                .contains("sparkConf:\n  spark.sql.streaming.statefulOperator.allowMultiple: 'false'\n");
        assertThat(Files.readString(target.resolve("README.md")))
                .contains("session time zone `Asia/Seoul`")
                .contains("- `spark.sql.streaming.statefulOperator.allowMultiple` = `false`");
    }

    @Test
    void badSparkSettingsNameTheOptionTheValueAndWhatIsAllowed() {
        CliRun zone = CliRun.of("check", "--session-time-zone", "Mars/Base");
        CliRun conf = CliRun.of("check", "--spark-conf", "sql.shuffle=2");

        assertThat(zone.exitCode()).isEqualTo(2);
        assertThat(zone.firstErrorLine()).isEqualTo(
                "error: --session-time-zone 'Mars/Base' is not valid; allowed: a time zone ID, e.g. UTC, Asia/Seoul or +09:00");
        assertThat(conf.exitCode()).isEqualTo(2);
        assertThat(conf.firstErrorLine()).startsWith("error: --spark-conf 'sql.shuffle=2' is not valid; allowed: Spark settings");
    }

    @Test
    void aSpecsSampleInputIsTheBundledDataAndIsWrittenBackWithTheSpec() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                artifactId: given-input
                pipelines:
                  - pipelineName: employees
                    schema: emp_id INT, emp_name STRING
                    pattern: passthrough
                    sampleInput:
                      part-00001.json: |
                        { "emp_id":1, "emp_name":"OO전자" },
                        { "emp_id":2, "emp_name":"OO화학" }
                      part-00000.json: '{ "emp_id":3, "emp_name":"OO" }'
                """);
        Path target = tmp.resolve("given-input");

        assertThat(CliRun.of("new", target.toString(), "--spec", spec.toString()).exitCode()).isZero();

        assertThat(listing(target.resolve("data/employees")).stream().map(path -> path.getFileName().toString()))
                .containsExactlyInAnyOrder("part-00000.json", "part-00001.json");
        assertThat(Files.readString(target.resolve("data/employees/part-00001.json")))
                .isEqualTo("{ \"emp_id\":1, \"emp_name\":\"OO전자\" },\n{ \"emp_id\":2, \"emp_name\":\"OO화학\" }\n");
        assertThat(Files.readString(target.resolve("data/employees/part-00000.json")))
                .as("a file is a text file: it ends with a line break")
                .isEqualTo("{ \"emp_id\":3, \"emp_name\":\"OO\" }\n");

        Path again = tmp.resolve("again");
        assertThat(CliRun.of("new", again.toString(), "--spec", target.resolve("stream-starter.yaml").toString())
                .exitCode()).isZero();
        for (String file : java.util.List.of("data/employees/part-00000.json", "data/employees/part-00001.json",
                "stream-starter.yaml")) {
            assertThat(again.resolve(file)).as("regenerated %s", file).hasSameTextualContentAs(target.resolve(file));
        }
    }

    @Test
    void sampleInputThatThePipelineCannotReadIsRefusedByName() throws IOException {
        Path hidden = Files.writeString(tmp.resolve("hidden.yaml"), """
                pipelines:
                  - sampleInput:
                      _part.json: '{}'
                """);
        Path rate = Files.writeString(tmp.resolve("rate.yaml"), """
                pipelines:
                  - source: rate
                    groupBy: [value]
                    sampleInput:
                      part.json: '{}'
                """);
        Path other = Files.writeString(tmp.resolve("other.yaml"), """
                pipelines:
                  - otherSampleInput:
                      part.json: '{}'
                """);

        CliRun hiddenRun = CliRun.of("check", "--spec", hidden.toString());
        CliRun rateRun = CliRun.of("check", "--spec", rate.toString());
        CliRun otherRun = CliRun.of("check", "--spec", other.toString());

        assertThat(hiddenRun.exitCode()).isEqualTo(2);
        assertThat(hiddenRun.firstErrorLine()).startsWith(
                "error: pipeline #1: 'sampleInput' has the file name '_part.json'; allowed are letters, digits");
        assertThat(rateRun.exitCode()).isEqualTo(2);
        assertThat(rateRun.firstErrorLine()).startsWith(
                "error: pipeline #1: 'sampleInput' is given, but --source rate generates its rows");
        assertThat(otherRun.exitCode()).isEqualTo(2);
        assertThat(otherRun.firstErrorLine()).startsWith(
                "error: pipeline #1: 'otherSampleInput' is given, but --pattern grouped-aggregation has no other side");
    }

    private static java.util.List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
