package ${project.package};

## The kinds with a local service seed it and print what reached it, from their folders
## (kinds/<axis>/<kind>/parts/local-run/).
#set($imports = ["java.io.IOException", "java.nio.file.Files", "java.nio.file.Path", "java.util.ArrayList", "java.util.Comparator", "java.util.List", "java.util.stream.Stream"])
#if($has.latestOffsets)
## Seeding a topic once its query reads (a Kafka source at latest offsets) looks at the queries.
#set($added = $imports.addAll(["java.util.Arrays", "org.apache.spark.sql.SparkSession"]))
#end
#if($has.sampleProducer)
## A Kafka source's producer keeps writing records while the job runs.
#set($added = $imports.addAll(["java.time.Duration", "java.util.Properties", "org.apache.kafka.clients.producer.KafkaProducer", "org.apache.kafka.clients.producer.ProducerConfig", "org.apache.kafka.clients.producer.ProducerRecord", "org.apache.kafka.common.serialization.StringSerializer"]))
#end
#projectImports("local-run", $imports)

/**
 * Runs the job on this machine against real local services, with nothing installed: starts
 * #projectPartList("local-run/services", " and "),
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
    // Only the chosen pipelines' services start, and only their topics and tables are touched.
    StreamingJob.pipelines().stream()
        .map(Pipeline::name)
        .filter(config::runs)
        .forEach(LocalServices::startFor);
    jobArgs.addAll(LocalServices.requestedJobArgs());
#foreach($pipeline in $pipelines)
#if($pipeline.parts.has("local-run/prepare"))
    if (config.runs(${pipeline.className}Pipeline.NAME)) {
#indentedPart("local-run/prepare")
    }
#end
#end

    int exitCode = StreamingJob.run(System.out, System.err, jobArgs.toArray(String[]::new));

#foreach($pipeline in $pipelines)
#if($pipeline.parts.has("local-run/print"))
    if (config.runs(${pipeline.className}Pipeline.NAME)) {
#indentedPart("local-run/print")
    }
#end
#end
    // The services stop in their shutdown hooks.
    System.exit(exitCode);
  }
#projectPart("local-run/methods")

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
