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

  /**
   * Starts the services the pipeline uses, each on a thread of its own: a run of some pipelines
   * starts theirs alone.
   */
  static void startFor(String pipeline) {
    if (pipeline.equals(FirstNameCountsPipeline.NAME)) {
      KAFKA.startInBackground();
    }
    if (pipeline.equals(EmployeesToCassandraPipeline.NAME)) {
      CASSANDRA.startInBackground();
    }
    if (pipeline.equals(EmployeesToMysqlPipeline.NAME)) {
      DATABASE.startInBackground();
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
    if (DATABASE.requested()) {
      args.addAll(List.of("--jdbc-url", database().jdbcUrl(), "--jdbc-user", EmbeddedDatabase.USER));
    }
    if (CASSANDRA.requested()) {
      args.addAll(List.of("--cassandra-host", cassandra().contactPoint()));
    }
    return args;
  }
}
