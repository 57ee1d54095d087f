package dev.streamstarter.samples.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the job on this machine against real local services, with nothing installed: starts
 * a Kafka broker,
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
    if (config.runs(KafkaWatermarkPipeline.NAME)) {
      seed(KafkaWatermarkPipeline.SOURCE_TOPIC, config.inputRoot().resolve(KafkaWatermarkPipeline.NAME));
    }

    int exitCode = StreamingJob.run(System.out, System.err, jobArgs.toArray(String[]::new));

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
