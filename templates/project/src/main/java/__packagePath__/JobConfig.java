package ${project.package};

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings of one job run, parsed from {@code --name value} arguments and validated.
 *
 * @param inputRoot folder with one input folder per pipeline
 * @param outputRoot folder with one output folder per pipeline (file sinks)
 * @param checkpointRoot folder with one checkpoint folder per query
#if($has.socketSource)
 * @param socketHost overrides the host every socket pipeline connects to
 * @param socketPort overrides the port every socket pipeline connects to
 * @param feedSample serve the bundled sample lines on each socket before starting
#end
#if($has.kafka)
 * @param kafkaBootstrapServers overrides the brokers every Kafka source and sink connects to
#end
#if($has.jdbcSink)
 * @param jdbcUrl database every JDBC sink writes to
 * @param jdbcUser database user
 * @param jdbcPassword database password, from the environment variable JDBC_PASSWORD
#end
 */
public record JobConfig(
    Path inputRoot,
    Path outputRoot,
    Path checkpointRoot,
    Optional<Duration> runFor,
    int shufflePartitions,
#if($has.socketSource)
    Optional<String> socketHost,
    Optional<Integer> socketPort,
    boolean feedSample,
#end
#if($has.kafka)
    Optional<String> kafkaBootstrapServers,
#end
#if($has.jdbcSink)
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
#end
    String sessionTimeZone) {
#if($has.jdbcSink)

  /** Where the JDBC sink connects unless --jdbc-url says otherwise. */
#if($has.mysql)
  public static final String DEFAULT_JDBC_URL = "jdbc:mysql://127.0.0.1:3306/streams";
#else
  public static final String DEFAULT_JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/streams";
#end

  /** The environment variable holding the database password (never a command-line argument). */
  public static final String JDBC_PASSWORD_VARIABLE = "JDBC_PASSWORD";
#end

  /** The command line this job accepts, printed with every usage error. */
  public static final String USAGE =
      "Usage: StreamingJob [--input-root DIR] [--output-root DIR] [--checkpoint-root DIR]"
#if($has.socketSource)
          + " [--socket-host HOST] [--socket-port PORT] [--feed-sample]"
#end
#if($has.kafka)
          + " [--kafka-bootstrap-servers HOST:PORT,...]"
#end
#if($has.jdbcSink)
          + " [--jdbc-url URL] [--jdbc-user USER] (password: environment variable JDBC_PASSWORD)"
#end
          + " [--run-for DURATION] [--shuffle-partitions N] [--time-zone ZONE]";

  private static final List<String> OPTIONS =
      List.of(
          "--input-root",
          "--output-root",
          "--checkpoint-root",
          "--run-for",
          "--shuffle-partitions",
#if($has.socketSource)
          "--socket-host",
          "--socket-port",
          "--feed-sample",
#end
#if($has.kafka)
          "--kafka-bootstrap-servers",
#end
#if($has.jdbcSink)
          "--jdbc-url",
          "--jdbc-user",
#end
          "--time-zone");

#if($has.socketSource)
  private static final List<String> FLAGS = List.of("--feed-sample");
#else
  private static final List<String> FLAGS = List.of();
#end

  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  /** Rejects values no run could use, naming the option that carried them. */
  public JobConfig {
    Objects.requireNonNull(inputRoot, "inputRoot");
    Objects.requireNonNull(outputRoot, "outputRoot");
    Objects.requireNonNull(checkpointRoot, "checkpointRoot");
    Objects.requireNonNull(runFor, "runFor");
    Objects.requireNonNull(sessionTimeZone, "sessionTimeZone");
    if (runFor.isPresent() && (runFor.get().isNegative() || runFor.get().isZero())) {
      throw new IllegalArgumentException("--run-for: must be longer than zero");
    }
    if (shufflePartitions < 1) {
      throw new IllegalArgumentException(
          "--shuffle-partitions: " + shufflePartitions + " is not allowed; use 1 or more");
    }
#if($has.socketSource)
    if (socketPort.isPresent() && (socketPort.get() < 1 || socketPort.get() > 65535)) {
      throw new IllegalArgumentException(
          "--socket-port: " + socketPort.get() + " is not allowed; use 1 to 65535");
    }
#end
#if($has.kafka)
    if (kafkaBootstrapServers.isPresent() && !kafkaBootstrapServers.get().matches("[^,\\s]+:\\d+(,[^,\\s]+:\\d+)*")) {
      throw new IllegalArgumentException(
          "--kafka-bootstrap-servers: '" + kafkaBootstrapServers.get()
              + "' is not a list of host:port separated by ','");
    }
#end
#if($has.jdbcSink)
#if($has.mysql)
    // The shaded driver is MySQL's; MariaDB servers speak the same protocol.
    if (!jdbcUrl.startsWith("jdbc:mysql:")) {
      throw new IllegalArgumentException(
          "--jdbc-url: '" + jdbcUrl + "' is not a MySQL JDBC URL; use jdbc:mysql://HOST:PORT/DATABASE");
    }
#else
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "--jdbc-url: '" + jdbcUrl + "' is not a PostgreSQL JDBC URL; use jdbc:postgresql://HOST:PORT/DATABASE");
    }
#end
    Objects.requireNonNull(jdbcUser, "jdbcUser");
    Objects.requireNonNull(jdbcPassword, "jdbcPassword");
#end
  }

  /** Parses {@code --name value} pairs; options not given take their defaults. */
  public static JobConfig parse(String... args) {
    Map<String, String> given = pairs(args);
    return new JobConfig(
        Path.of(given.getOrDefault("--input-root", "data")),
        Path.of(given.getOrDefault("--output-root", "target/output")),
        Path.of(given.getOrDefault("--checkpoint-root", "target/checkpoints")),
        Optional.ofNullable(given.get("--run-for")).map(JobConfig::duration),
        wholeNumber("--shuffle-partitions", given.getOrDefault("--shuffle-partitions", "4")),
#if($has.socketSource)
        Optional.ofNullable(given.get("--socket-host")),
        Optional.ofNullable(given.get("--socket-port")).map(port -> wholeNumber("--socket-port", port)),
        given.containsKey("--feed-sample"),
#end
#if($has.kafka)
        Optional.ofNullable(given.get("--kafka-bootstrap-servers")),
#end
#if($has.jdbcSink)
        given.getOrDefault("--jdbc-url", DEFAULT_JDBC_URL),
        given.getOrDefault("--jdbc-user", "streams"),
        Objects.requireNonNullElse(System.getenv(JDBC_PASSWORD_VARIABLE), ""),
#end
        timeZone(given.getOrDefault("--time-zone", "UTC")));
  }
#if($has.jdbcSink)

  /** This configuration with another database password (tests; runs read JDBC_PASSWORD). */
  public JobConfig withJdbcPassword(String password) {
    return new JobConfig(
        inputRoot, outputRoot, checkpointRoot, runFor, shufflePartitions,
#if($has.socketSource)
        socketHost, socketPort, feedSample,
#end
#if($has.kafka)
        kafkaBootstrapServers,
#end
        jdbcUrl, jdbcUser, password, sessionTimeZone);
  }

  /** Like the record's own, but never prints the password. */
  @Override
  public String toString() {
    return "JobConfig[inputRoot=" + inputRoot + ", outputRoot=" + outputRoot
        + ", checkpointRoot=" + checkpointRoot + ", jdbcUrl=" + jdbcUrl + ", jdbcUser=" + jdbcUser
        + ", jdbcPassword=" + (jdbcPassword.isEmpty() ? "(none)" : "****") + "]";
  }
#end

  private static Map<String, String> pairs(String... args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!OPTIONS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown option '" + name + "'; allowed: " + String.join(", ", OPTIONS));
      }
      if (FLAGS.contains(name)) {
        given.put(name, "true");
      } else if (i + 1 == args.length) {
        throw new IllegalArgumentException(name + ": needs a value");
      } else {
        given.put(name, args[++i]);
      }
    }
    return given;
  }

  private static Duration duration(String value) {
    Matcher matcher = DURATION.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "--run-for: '" + value + "' is not a duration; use a number with ms, s, m or h (30s)");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }

  private static int wholeNumber(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number");
    }
  }

  private static String timeZone(String value) {
    try {
      return ZoneId.of(value).getId();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "--time-zone: '" + value + "' is not a time zone; use e.g. UTC or Asia/Seoul");
    }
  }
}
