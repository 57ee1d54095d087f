package dev.streamstarter.samples.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The services the job talks to, started on first use and shared by every test in the JVM (a
 * broker or database start takes seconds); stopped when the JVM exits.
 */
final class LocalServices {

  private static KafkaBroker kafka;
  private static EmbeddedDatabase database;
  private static CassandraServer cassandra;

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

  /** The shared database server. */
  static synchronized EmbeddedDatabase database() {
    if (database == null) {
      try {
        database = EmbeddedDatabase.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded database server", e);
      }
      EmbeddedDatabase started = database;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      System.err.println("cannot stop the embedded database server: " + e);
                    }
                  },
                  "stop-database"));
    }
    return database;
  }

  /** The shared Cassandra server. */
  static synchronized CassandraServer cassandra() {
    if (cassandra == null) {
      cassandra = CassandraServer.start();
      CassandraServer started = cassandra;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-cassandra"));
    }
    return cassandra;
  }

  /** Job arguments that point every source and sink at the local services, starting them. */
  static List<String> jobArgs() {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--kafka-bootstrap-servers", kafka().bootstrapServers()));
    args.addAll(List.of("--jdbc-url", database().jdbcUrl(), "--jdbc-user", EmbeddedDatabase.USER));
    args.addAll(List.of("--cassandra-host", cassandra().contactPoint()));
    return args;
  }
}
