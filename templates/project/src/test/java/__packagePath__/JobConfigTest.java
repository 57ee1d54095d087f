package ${project.package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
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
    assertThat(config.shufflePartitions()).isEqualTo(4);
    assertThat(config.sessionTimeZone()).isEqualTo("UTC");
#if($has.socketSource)
    assertThat(config.socketHost()).isEmpty();
    assertThat(config.socketPort()).isEmpty();
    assertThat(config.feedSample()).isFalse();
#end
#if($has.kafka)
    assertThat(config.kafkaBootstrapServers()).isEmpty();
#end
#if($has.jdbcSink)
    assertThat(config.jdbcUrl()).isEqualTo(JobConfig.DEFAULT_JDBC_URL);
    assertThat(config.jdbcUser()).isEqualTo("streams");
#end
  }

  @Test
  void everyOptionCanBeSet() {
    JobConfig config =
        JobConfig.parse(
            "--input-root", "in",
            "--output-root", "out",
            "--checkpoint-root", "cp",
            "--run-for", "90s",
            "--shuffle-partitions", "8",
#if($has.socketSource)
            "--socket-host", "localhost",
            "--socket-port", "7777",
            "--feed-sample",
#end
#if($has.kafka)
            "--kafka-bootstrap-servers", "broker-1:9092,broker-2:9092",
#end
#if($has.jdbcSink)
#if($has.mysql)
            "--jdbc-url", "jdbc:mysql://db:3306/jobs",
#else
            "--jdbc-url", "jdbc:postgresql://db:5432/jobs",
#end
            "--jdbc-user", "job",
#end
            "--time-zone", "Asia/Seoul");

    assertThat(config)
        .isEqualTo(
            new JobConfig(
                Path.of("in"),
                Path.of("out"),
                Path.of("cp"),
                Optional.of(Duration.ofSeconds(90)),
                8,
#if($has.socketSource)
                Optional.of("localhost"),
                Optional.of(7777),
                true,
#end
#if($has.kafka)
                Optional.of("broker-1:9092,broker-2:9092"),
#end
#if($has.jdbcSink)
#if($has.mysql)
                "jdbc:mysql://db:3306/jobs",
#else
                "jdbc:postgresql://db:5432/jobs",
#end
                "job",
                config.jdbcPassword(),
#end
                "Asia/Seoul"));
  }

  @Test
  void runForAcceptsMillisecondsSecondsMinutesAndHours() {
    assertThat(JobConfig.parse("--run-for", "500ms").runFor()).contains(Duration.ofMillis(500));
    assertThat(JobConfig.parse("--run-for", "2m").runFor()).contains(Duration.ofMinutes(2));
    assertThat(JobConfig.parse("--run-for", "1h").runFor()).contains(Duration.ofHours(1));
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
        .isThrownBy(() -> JobConfig.parse("--shuffle-partitions", "0"))
        .withMessage("--shuffle-partitions: 0 is not allowed; use 1 or more");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--shuffle-partitions", "many"))
        .withMessageStartingWith("--shuffle-partitions: 'many' is not a whole number");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--time-zone", "Mars/Base"))
        .withMessageStartingWith("--time-zone: 'Mars/Base' is not a time zone");
#if($has.socketSource)
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--socket-port", "70000"))
        .withMessage("--socket-port: 70000 is not allowed; use 1 to 65535");
#end
#if($has.kafka)
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobConfig.parse("--kafka-bootstrap-servers", "broker-1"))
        .withMessageStartingWith("--kafka-bootstrap-servers: 'broker-1' is not a list of host:port");
#end
#if($has.jdbcSink)
    assertThatIllegalArgumentException()
#if($has.mysql)
        .isThrownBy(() -> JobConfig.parse("--jdbc-url", "jdbc:postgresql://db/jobs"))
        .withMessageStartingWith("--jdbc-url: 'jdbc:postgresql://db/jobs' is not a MySQL JDBC URL");
#else
        .isThrownBy(() -> JobConfig.parse("--jdbc-url", "jdbc:mysql://db/jobs"))
        .withMessageStartingWith("--jdbc-url: 'jdbc:mysql://db/jobs' is not a PostgreSQL JDBC URL");
#end
#end
  }
#if($has.jdbcSink)

  @Test
  void thePasswordComesFromTheEnvironmentAndIsNeverPrinted() {
    JobConfig config = JobConfig.parse().withJdbcPassword("s3cret");

    assertThat(config.jdbcPassword()).isEqualTo("s3cret");
    assertThat(config.toString()).doesNotContain("s3cret").contains("jdbcPassword=****");
    assertThat(JobConfig.USAGE).doesNotContain("--jdbc-password");
  }
#end
}
