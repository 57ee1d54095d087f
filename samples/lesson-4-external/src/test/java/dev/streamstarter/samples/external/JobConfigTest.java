package dev.streamstarter.samples.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobConfigTest {

  @Test
  void noArgumentsGiveTheLocalDefaults() {
    JobConfig config = JobConfig.parse();

    assertThat(config.inputRoot()).isEqualTo(Path.of("data"));
    assertThat(config.outputRoot()).isEqualTo(Path.of("target/output"));
    assertThat(config.checkpointRoot()).isEqualTo(Path.of("target/checkpoints"));
    assertThat(config.runFor()).isEmpty();
    assertThat(config.pipelines()).as("every pipeline").isEmpty();
    assertThat(config.untilDone()).isFalse();
    assertThat(config.monitor()).isEmpty();
    assertThat(config.shufflePartitions()).isEqualTo(5);
    assertThat(config.sessionTimeZone()).isEqualTo("Asia/Seoul");
    assertThat(config.readDirectly()).as("files fed in name order").isFalse();
    assertThat(config.kafkaBootstrapServers()).isEmpty();
    assertThat(config.jdbcUrl()).isEqualTo(JobConfig.DEFAULT_JDBC_URL);
    assertThat(config.jdbcUser()).isEqualTo("streams");
    assertThat(config.cassandraHost()).isEmpty();
  }

  @Test
  void everyOptionCanBeSet() {
    JobConfig config =
        JobConfig.parse(
            "--input-root", "in",
            "--output-root", "out",
            "--checkpoint-root", "cp",
            "--pipelines", "first, second",
            "--monitor", "10s",
            "--shuffle-partitions", "8",
            "--read-directly",
            "--kafka-bootstrap-servers", "broker-1:9092,broker-2:9092",
            "--jdbc-url", "jdbc:mysql://db:3306/jobs",
            "--jdbc-user", "job",
            "--cassandra-host", "cassandra-1:9042",
            "--time-zone", "Asia/Seoul");

    assertThat(config)
        .isEqualTo(
            new JobConfig(
                Path.of("in"),
                Path.of("out"),
                Path.of("cp"),
                Optional.empty(),
                List.of("first", "second"),
                false,
                Optional.of(Duration.ofSeconds(10)),
                8,
                true,
                Optional.of("broker-1:9092,broker-2:9092"),
                "jdbc:mysql://db:3306/jobs",
                "job",
                config.jdbcPassword(),
                Optional.of("cassandra-1:9042"),
                "Asia/Seoul"));
  }

  @Test
  void runForAcceptsMillisecondsSecondsMinutesAndHours() {
    assertThat(JobConfig.parse("--run-for", "500ms").runFor()).contains(Duration.ofMillis(500));
    assertThat(JobConfig.parse("--run-for", "2m").runFor()).contains(Duration.ofMinutes(2));
    assertThat(JobConfig.parse("--run-for", "1h").runFor()).contains(Duration.ofHours(1));
  }

  @Test
  void untilDoneIsAFlagThatExcludesRunFor() {
    assertThat(JobConfig.parse("--until-done").untilDone()).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--until-done", "--run-for", "30s"))
        .withMessageStartingWith("--run-for and --until-done: give one");
  }

  @Test
  void anUnknownOptionIsNamedWithTheAllowedOnes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--input", "x"))
        .withMessageContaining("'--input'")
        .withMessageContaining("--input-root");
  }

  @Test
  void anOptionWithoutValueIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--run-for"))
        .withMessage("--run-for: needs a value");
  }

  @Test
  void badValuesAreRejectedNamingTheOptionAndWhatIsAllowed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--run-for", "20 seconds"))
        .withMessageStartingWith("--run-for: '20 seconds' is not a duration");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--run-for", "0s"))
        .withMessageStartingWith("--run-for: must be longer than zero");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--monitor", "often"))
        .withMessageStartingWith("--monitor: 'often' is not a duration");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--pipelines", "a,,b"))
        .withMessageStartingWith("--pipelines: 'a,,b' has an empty name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--shuffle-partitions", "0"))
        .withMessage("--shuffle-partitions: 0 is not allowed; use 1 or more");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--shuffle-partitions", "many"))
        .withMessageStartingWith("--shuffle-partitions: 'many' is not a whole number");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--time-zone", "Mars/Base"))
        .withMessageStartingWith("--time-zone: 'Mars/Base' is not a time zone");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--kafka-bootstrap-servers", "broker-1"))
        .withMessageStartingWith("--kafka-bootstrap-servers: 'broker-1' is not a list of host:port");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--jdbc-url", "jdbc:postgresql://db/jobs"))
        .withMessageStartingWith("--jdbc-url: 'jdbc:postgresql://db/jobs' is not a MySQL JDBC URL");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--cassandra-host", "cassandra-1"))
        .withMessageStartingWith("--cassandra-host: 'cassandra-1' is not host:port");
  }

  @Test
  void aCopyWithAnotherInputRootKeepsEveryOtherSetting() {
    JobConfig config = JobConfig.parse("--checkpoint-root", "cp", "--until-done");

    assertThat(config.withInputRoot(Path.of("feed")))
        .isEqualTo(JobConfig.parse("--checkpoint-root", "cp", "--until-done", "--input-root", "feed"));
  }

  @Test
  void thePasswordComesFromTheEnvironmentAndIsNeverPrinted() {
    JobConfig config = JobConfig.parse().withJdbcPassword("s3cret");

    assertThat(config.jdbcPassword()).isEqualTo("s3cret");
    assertThat(config.toString()).doesNotContain("s3cret").contains("jdbcPassword=****");
    assertThat(JobConfig.USAGE).doesNotContain("--jdbc-password");
  }
}
