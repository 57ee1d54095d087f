package dev.streamstarter.agreement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The real services Kafka and JDBC combinations need, one of each for a whole test run: a Kafka
 * broker and a PostgreSQL, each started the first time a probe asks for it and closed with this.
 */
final class Services implements AutoCloseable {

    private final Object kafkaLock = new Object();
    private final Object postgresLock = new Object();
    private KafkaBroker kafka;
    private EmbeddedPostgres postgres;

    /** The broker, started on first use. */
    KafkaBroker kafka() {
        synchronized (kafkaLock) {
            if (kafka == null) {
                kafka = KafkaBroker.start();
            }
            return kafka;
        }
    }

    /** Starts the services asked for in the background, so that they are up when the first probe needs them. */
    void startInBackground(boolean kafka, boolean jdbc) {
        if (kafka) {
            starter("kafka", this::kafka);
        }
        if (jdbc) {
            starter("postgres", this::jdbcArgs);
        }
    }

    private static void starter(String name, Runnable start) {
        Thread thread = new Thread(() -> {
            try {
                start.run();
            } catch (RuntimeException e) {
                // The first probe that needs the service tries again and reports the failure.
                System.out.println("[Services] " + name + " did not start in the background: " + e);
            }
        }, "start-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Job arguments that point every Kafka source and sink of a job to the broker. */
    List<String> kafkaArgs() {
        return List.of("--kafka-bootstrap-servers", kafka().bootstrapServers());
    }

    /** Job arguments that point a JDBC sink to the database (user postgres, no password). */
    List<String> jdbcArgs() {
        synchronized (postgresLock) {
            return List.of("--jdbc-url", "jdbc:postgresql://127.0.0.1:" + postgres().getPort() + "/postgres",
                    "--jdbc-user", "postgres");
        }
    }

    private EmbeddedPostgres postgres() {
        if (postgres == null) {
            long began = System.nanoTime();
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setLocaleConfig("locale", "C")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            System.out.printf("[Services] PostgreSQL ready on 127.0.0.1:%d in %d ms%n", postgres.getPort(),
                    (System.nanoTime() - began) / 1_000_000);
        }
        return postgres;
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (kafkaLock) {
                if (kafka != null) {
                    kafka.close();
                    kafka = null;
                }
            }
        } finally {
            synchronized (postgresLock) {
                if (postgres != null) {
                    postgres.close();
                    postgres = null;
                }
            }
        }
    }
}
