package dev.streamstarter.samples.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * The services the job talks to, started on first use and shared by every test in the JVM (a
 * broker or database start takes seconds); stopped when the JVM exits.
 */
final class LocalServices {

  private static KafkaBroker kafka;

  private LocalServices() {}

  /** The shared Kafka broker. */
  static synchronized KafkaBroker kafka() {
    if (kafka == null) {
      kafka = KafkaBroker.start();
      KafkaBroker started = kafka;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-kafka"));
    }
    return kafka;
  }

  /** Job arguments that point every source and sink at the local services, starting them. */
  static List<String> jobArgs() {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--kafka-bootstrap-servers", kafka().bootstrapServers()));
    return args;
  }
}
