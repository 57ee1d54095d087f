package ${project.package};

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
#if($has.jdbcSink)
import java.sql.SQLException;
#end
import java.util.ArrayList;
#if($has.latestOffsets)
import java.util.Arrays;
#end
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
#if($has.latestOffsets)
import org.apache.spark.sql.SparkSession;
#end

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
#if($p.startingOffsets == "latest")
    // Offsets latest: only records written after the query started reading count.
    seedOnceReading(
        ${p.className}Pipeline.QUERY_NAME,
        ${p.className}Pipeline.SOURCE_TOPIC,
        config.inputRoot().resolve(${p.className}Pipeline.NAME));
#else
    seed(${p.className}Pipeline.SOURCE_TOPIC, config.inputRoot().resolve(${p.className}Pipeline.NAME));
#end
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
#if($has.latestOffsets)

  /** Seeds the topic in the background once the query waits for data at its starting offsets. */
  private static void seedOnceReading(String queryName, String topic, Path folder) {
    // The query must find its topic to fix its starting offsets.
    LocalServices.kafka().ensureTopic(topic, 1);
    Thread seeder =
        new Thread(
            () -> {
              try {
                while (!waitsForData(queryName)) {
                  Thread.sleep(200);
                }
                seed(topic, folder);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (IOException e) {
                System.err.println("[LocalRun] cannot seed topic " + topic + ": " + e);
              }
            },
            "seed-" + topic);
    seeder.setDaemon(true);
    seeder.start();
  }

  /** Both statuses come only after a first trigger, which fixes the starting offsets. */
  private static boolean waitsForData(String queryName) {
    return SparkSession.getDefaultSession().isDefined()
        && Arrays.stream(SparkSession.getDefaultSession().get().streams().active())
            .anyMatch(
                query ->
                    queryName.equals(query.name())
                        && List.of("Waiting for data to arrive", "Waiting for next trigger")
                            .contains(query.status().message()));
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
      rows = LocalServices.database().select("SELECT * FROM " + SqlStatements.quote(table) + " ORDER BY 1");
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
