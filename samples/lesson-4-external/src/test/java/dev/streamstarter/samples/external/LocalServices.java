package dev.streamstarter.samples.external;

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
  private static final SharedService<EmbeddedDatabase> DATABASE =
      new SharedService<>("embedded database server", EmbeddedDatabase::start);
  private static final SharedService<CassandraServer> CASSANDRA =
      new SharedService<>("Cassandra server", CassandraServer::start);

  private LocalServices() {}

  /** Starts every service on a thread of its own; their first use waits for them. */
  static void startInBackground() {
    KAFKA.startInBackground();
    DATABASE.startInBackground();
    CASSANDRA.startInBackground();
  }

  /** The shared Kafka broker. */
  static KafkaBroker kafka() {
    return KAFKA.get();
  }

  /** The shared database server. */
  static EmbeddedDatabase database() {
    return DATABASE.get();
  }

  /** The shared Cassandra server. */
  static CassandraServer cassandra() {
    return CASSANDRA.get();
  }

  /** Job arguments that point every source and sink at the local services, starting them. */
  static List<String> jobArgs() {
    startInBackground();
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--kafka-bootstrap-servers", kafka().bootstrapServers()));
    args.addAll(List.of("--jdbc-url", database().jdbcUrl(), "--jdbc-user", EmbeddedDatabase.USER));
    args.addAll(List.of("--cassandra-host", cassandra().contactPoint()));
    return args;
  }
}
