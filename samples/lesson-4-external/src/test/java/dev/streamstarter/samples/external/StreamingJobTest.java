package dev.streamstarter.samples.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingJobTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void badArgumentsExitWithTwoBeforeSparkStarts() {
    int exitCode = run("--shuffle-partitions", "none");

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err))
        .startsWith("error: --shuffle-partitions: 'none' is not a whole number")
        .contains(JobConfig.USAGE);
  }

  @Test
  void anUnknownPipelineExitsWithTwoNamingThePipelinesThereAre() {
    int exitCode = run("--pipelines", "no-such-pipeline");

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err))
        .startsWith(
            "error: --pipelines: 'no-such-pipeline' is not a pipeline of this job; allowed: "
                + EmployeesToMemoryPipeline.NAME + ", " + FirstNameCountsPipeline.NAME + ", " + EmployeesPrintPipeline.NAME + ", " + EmployeesToCassandraPipeline.NAME + ", " + EmployeesToMysqlPipeline.NAME);
  }

  @Test
  void pipelinesRunsTheNamedOnesOnly() {
    assertThat(StreamingJob.chosen(List.of(EmployeesToMemoryPipeline.NAME)))
        .extracting(Pipeline::name)
        .containsExactly(EmployeesToMemoryPipeline.NAME);
  }

  @Test
  void aCheckpointRootThatCannotBeWrittenExitsWithTwoBeforeSparkStarts(@TempDir Path root) throws IOException {
    Path file = Files.writeString(root.resolve("a-file"), "not a folder");
    Path checkpoints = file.resolve("checkpoints");

    int exitCode = run(settings(root, "--checkpoint-root", checkpoints.toString()));

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err).lines())
        .contains("error: --checkpoint-root " + checkpoints + ": the job cannot write there (" + file
            + " is not a folder); give a folder it may write in");
  }

  @Test
  void anInputRootWithoutThePipelinesFoldersExitsWithTwoBeforeSparkStarts(@TempDir Path root) throws IOException {
    Path empty = Files.createDirectories(root.resolve("empty-input"));

    int exitCode = run(settings(root, "--input-root", empty.toString()));

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err).lines())
        .anySatisfy(line -> assertThat(line).startsWith("error: --input-root " + empty + ": there is no folder '"));
  }

  @Test
  void anUnreachableKafkaBrokerExitsWithTwoBeforeSparkStarts(@TempDir Path root) throws IOException {
    String servers = "127.0.0.1:" + closedPort();

    int exitCode = run(settings(root, "--kafka-bootstrap-servers", servers));

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err).lines())
        .contains("error: --kafka-bootstrap-servers " + servers + ": no Kafka broker answered (connection refused);"
            + " start one (docker-compose up -d kafka starts the project's own) or give the address of a"
            + " running broker");
  }

  @Test
  void aDatabaseTheJobCannotReachExitsWithTwoBeforeSparkStarts(@TempDir Path root) throws IOException {
    // The tests' own server, at a port nothing listens on: a database that is not running.
    String url = LocalServices.database().jdbcUrl().replaceFirst(":\\d+/", ":" + closedPort() + "/");

    int exitCode = run(settings(root, "--jdbc-url", url));

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err).lines())
        .anySatisfy(line -> assertThat(line)
            .startsWith("error: --jdbc-url " + url + ": cannot log in as '" + EmbeddedDatabase.USER + "' (")
            .endsWith("check --jdbc-url, --jdbc-user and the JDBC_PASSWORD environment variable, and that"
                + " the database runs (docker-compose up -d starts the project's own)"));
  }

  @Test
  void anUnreachableCassandraNodeExitsWithTwoBeforeSparkStarts(@TempDir Path root) throws IOException {
    String host = "127.0.0.1:" + closedPort();

    int exitCode = run(settings(root, "--cassandra-host", host));

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err).lines())
        .contains("error: --cassandra-host " + host + ": no Cassandra node answered (connection refused);"
            + " start one (docker-compose up -d cassandra starts the project's own) or give the address"
            + " of a running node");
  }

  @Test
  void helpPrintsTheUsageAndExitsWithZero() {
    int exitCode = run("--help");

    assertThat(exitCode).isZero();
    assertThat(text(out)).isEqualToIgnoringNewLines(JobConfig.USAGE);
  }

  @Test
  void theJobRunsEveryPipelineOnce() {
    assertThat(StreamingJob.pipelines())
        .extracting(Pipeline::name)
        .containsExactly(EmployeesToMemoryPipeline.NAME, FirstNameCountsPipeline.NAME, EmployeesPrintPipeline.NAME, EmployeesToCassandraPipeline.NAME, EmployeesToMysqlPipeline.NAME);
  }

  private int run(String... args) {
    return StreamingJob.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
  }

  /**
   * Settings under which the job has all it needs (the bundled input, folders it may write,
   * the tests' services) but for the options given, which a test sets to bad values. --run-for
   * ends a run that a check let through.
   */
  private static String[] settings(Path root, String... changed) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("--input-root", "data");
    settings.put("--checkpoint-root", root.resolve("checkpoints").toString());
    settings.put("--output-root", root.resolve("output").toString());
    settings.put("--run-for", "1s");
    List<String> services = LocalServices.jobArgs();
    for (int i = 0; i + 1 < services.size(); i += 2) {
      settings.put(services.get(i), services.get(i + 1));
    }
    for (int i = 0; i + 1 < changed.length; i += 2) {
      settings.put(changed[i], changed[i + 1]);
    }
    return settings.entrySet().stream()
        .flatMap(setting -> Stream.of(setting.getKey(), setting.getValue()))
        .toArray(String[]::new);
  }

  /** A port nothing listens on (it was free a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
