package dev.streamstarter.samples.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * The services the job talks to, shared by every test in the JVM (a broker or database start takes
 * seconds) and stopped when the JVM exits. They start on first use, or all at once, each on a
 * thread of its own, while Spark starts ({@link #startInBackground}).
 */
final class LocalServices {

  private static final SharedService<KafkaBroker> KAFKA =
      new SharedService<>("Kafka broker", KafkaBroker::start);

  private LocalServices() {}

  /** Starts every service on a thread of its own; their first use waits for them. */
  static void startInBackground() {
    KAFKA.startInBackground();
  }

  /** The shared Kafka broker. */
  static KafkaBroker kafka() {
    return KAFKA.get();
  }

  /**
   * Starts the services the pipeline uses, each on a thread of its own: a run of some pipelines
   * starts theirs alone.
   */
  static void startFor(String pipeline) {
    if (pipeline.equals(KafkaWatermarkPipeline.NAME)) {
      KAFKA.startInBackground();
    }
  }

  /** Job arguments that point every source and sink at the local services, starting them all. */
  static List<String> jobArgs() {
    startInBackground();
    return requestedJobArgs();
  }

  /** Job arguments that point sources and sinks at the services started so far. */
  static List<String> requestedJobArgs() {
    List<String> args = new ArrayList<>();
    if (KAFKA.requested()) {
      args.addAll(List.of("--kafka-bootstrap-servers", kafka().bootstrapServers()));
    }
    return args;
  }
}
