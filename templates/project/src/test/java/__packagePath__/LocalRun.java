package ${project.package};

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
#if($has.jdbcSink)
import java.sql.SQLException;
#end
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the job on this machine against real local services, with nothing installed: starts
#if($has.kafka && $has.jdbcSink)
 * a Kafka broker and a PostgreSQL server,
#elseif($has.kafka)
 * a Kafka broker,
#else
 * a PostgreSQL server,
#end
 * writes the bundled sample records into each source topic, runs the job pointed at them, prints
 * what reached each sink, and stops the services. Run it with {@code ${project.runCommand}}.
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
    jobArgs.addAll(LocalServices.jobArgs());
#foreach($p in $pipelines)
#if($p.isKafkaSource)
    seed(${p.className}Pipeline.SOURCE_TOPIC, config.inputRoot().resolve(${p.className}Pipeline.NAME));
#end
#if($p.isKafkaSink)
    LocalServices.kafka().ensureTopic(${p.className}Pipeline.SINK_TOPIC, 1);
#end
#end

    int exitCode = StreamingJob.run(System.out, System.err, jobArgs.toArray(String[]::new));

#foreach($p in $pipelines)
#if($p.isKafkaSink)
    printTopic(${p.className}Pipeline.SINK_TOPIC);
#end
#if($p.isJdbcSink)
    printTable(${p.className}Pipeline.TABLE);
#end
#end
    // The services stop in their shutdown hooks.
    System.exit(exitCode);
  }
#if($has.kafkaSource)

  /** Writes every line of the folder's files, in name order, as records of the topic. */
  private static void seed(String topic, Path folder) throws IOException {
    List<String> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        records.addAll(Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList());
      }
    }
    LocalServices.kafka().ensureTopic(topic, 1);
    LocalServices.kafka().send(topic, records);
    System.out.printf("[LocalRun] wrote %d sample records from %s to topic %s%n", records.size(), folder, topic);
  }
#end
#if($has.kafkaSink)

  private static void printTopic(String topic) {
    List<String> values = LocalServices.kafka().read(topic);
    System.out.printf("[LocalRun] topic %s holds %d records:%n", topic, values.size());
    values.forEach(value -> System.out.println("  " + value));
  }
#end
#if($has.jdbcSink)

  private static void printTable(String table) {
    EmbeddedDatabase.Table rows;
    try {
      rows = LocalServices.database().select("SELECT * FROM " + PostgresSql.quote(table) + " ORDER BY 1");
    } catch (SQLException e) {
      System.out.printf("[LocalRun] table %s cannot be read (no batch reached it?): %s%n", table, e.getMessage());
      return;
    }
    System.out.printf("[LocalRun] table %s holds %d rows:%n", table, rows.rows().size());
    System.out.println("  " + String.join(" | ", rows.columns()));
    rows.rows().forEach(row -> System.out.println("  " + row.stream().map(String::valueOf).toList()));
  }
#end

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
