package dev.streamstarter.samples.external;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Runs the job on this machine against real local services, with nothing installed: starts
 * a Kafka broker and a MariaDB server and a Cassandra server,
 * writes the bundled sample records into each source topic, runs the job pointed at them, prints
 * what reached each sink, and stops the services. Run it with {@code mvn -B test-compile exec:exec}.
 */
public final class LocalRun {

  /** Checkpoints of earlier runs refer to services that are gone: every run starts afresh. */
  private static final Path CHECKPOINTS = Path.of("target", "local-run", "checkpoints");

  private LocalRun() {}

  public static void main(String[] args) throws Exception {
    List<String> jobArgs = new ArrayList<>(List.of(args));
    if (!jobArgs.contains("--checkpoint-root")) {
      deleteRecursively(CHECKPOINTS);
      jobArgs.addAll(List.of("--checkpoint-root", CHECKPOINTS.toString()));
    }
    JobConfig config = JobConfig.parse(jobArgs.toArray(String[]::new));
    // Only the chosen pipelines' services start, and only their topics and tables are touched.
    StreamingJob.pipelines().stream()
        .map(Pipeline::name)
        .filter(config::runs)
        .forEach(LocalServices::startFor);
    jobArgs.addAll(LocalServices.requestedJobArgs());
    if (config.runs(FirstNameCountsPipeline.NAME)) {
      seed(FirstNameCountsPipeline.SOURCE_TOPIC, config.inputRoot().resolve(FirstNameCountsPipeline.NAME));
      if (!config.untilDone()) {
        // The producer: the sample again, one record every 500 milliseconds, while the job runs.
        keepProducing(
            FirstNameCountsPipeline.SOURCE_TOPIC,
            config.inputRoot().resolve(FirstNameCountsPipeline.NAME),
            Duration.ofMillis(500));
      }
    }

    int exitCode = StreamingJob.run(System.out, System.err, jobArgs.toArray(String[]::new));

    if (config.runs(EmployeesToCassandraPipeline.NAME)) {
      printCassandraTable(EmployeesToCassandraPipeline.KEYSPACE, EmployeesToCassandraPipeline.TABLE);
    }
    if (config.runs(EmployeesToMysqlPipeline.NAME)) {
      printTable(EmployeesToMysqlPipeline.TABLE);
    }
    // The services stop in their shutdown hooks.
    System.exit(exitCode);
  }

  /** Writes every line of the folder's files, in name order, as records of the topic. */
  private static void seed(String topic, Path folder) throws IOException {
    List<String> records = records(folder);
    LocalServices.kafka().ensureTopic(topic, 1);
    LocalServices.kafka().send(topic, records);
    System.out.printf("[LocalRun] wrote %d sample records from %s to topic %s%n", records.size(), folder, topic);
  }

  /** The non-blank lines of the folder's files, in name order: one record each. */
  private static List<String> records(Path folder) throws IOException {
    List<String> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        records.addAll(Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList());
      }
    }
    return records;
  }

  /** Writes the folder's records into the topic over and over, one per interval, in the background. */
  private static void keepProducing(String topic, Path folder, Duration interval) throws IOException {
    List<String> records = records(folder);
    Properties settings = new Properties();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServices.kafka().bootstrapServers());
    Thread producer =
        new Thread(
            () -> {
              try (KafkaProducer<String, String> kafka =
                  new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
                for (long sent = 0; !Thread.currentThread().isInterrupted(); sent++) {
                  kafka.send(new ProducerRecord<>(topic, records.get((int) (sent % records.size()))));
                  Thread.sleep(interval.toMillis());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "produce-" + topic);
    producer.setDaemon(true); // it ends with the job
    producer.start();
    System.out.printf(
        "[LocalRun] producing %d sample records from %s into topic %s, one every %s%n",
        records.size(), folder, topic, interval);
  }

  private static void printTable(String table) {
    EmbeddedDatabase.Table rows;
    try {
      rows = LocalServices.database().select("SELECT * FROM " + SqlStatements.quote(table) + " ORDER BY 1");
    } catch (SQLException e) {
      System.out.printf("[LocalRun] table %s cannot be read (no batch reached it?): %s%n", table, e.getMessage());
      return;
    }
    System.out.printf("[LocalRun] table %s holds %d rows:%n", table, rows.rows().size());
    System.out.println("  " + String.join(" | ", rows.columns()));
    rows.rows().forEach(row -> System.out.println("  " + row.stream().map(String::valueOf).toList()));
  }

  private static void printCassandraTable(String keyspace, String table) {
    CassandraServer.Table rows;
    try {
      rows = LocalServices.cassandra().select("SELECT * FROM " + CqlStatements.table(keyspace, table));
    } catch (RuntimeException e) {
      System.out.printf("[LocalRun] table %s.%s cannot be read (no batch reached it?): %s%n", keyspace, table, e.getMessage());
      return;
    }
    System.out.printf("[LocalRun] Cassandra table %s.%s at %s holds %d rows:%n",
        keyspace, table, LocalServices.cassandra().contactPoint(), rows.rows().size());
    System.out.println("  " + String.join(" | ", rows.columns()));
    rows.rows().forEach(row -> System.out.println("  " + row.stream().map(String::valueOf).toList()));
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
