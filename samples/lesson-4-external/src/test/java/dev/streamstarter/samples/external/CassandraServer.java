package dev.streamstarter.samples.external;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node Apache Cassandra server in a separate JVM on 127.0.0.1, on free ports, its
 * data under {@code target/cassandra-server/}. Its classpath (Guava, Netty, Jackson, logback of
 * its own versions) would clash with Spark's, so the build resolves it on its own into a file
 * (src/test/cassandra-server/pom.xml, run at generate-test-resources) and only that file's jars
 * start the server.
 */
public final class CassandraServer implements AutoCloseable {

  public static final String CLASSPATH_FILE_PROPERTY = "cassandra.server.classpathFile";
  private static final String DEFAULT_CLASSPATH_FILE = "target/cassandra-server/classpath.txt";
  private static final Path SERVERS = Paths.get("target", "cassandra-server");
  /** What SimpleSnitch calls the one data center; the driver must name it. */
  private static final String DATA_CENTER = "datacenter1";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(60);
  private static final int LOG_TAIL_LINES = 60;

  private final Path workDir;
  private final Path logFile;
  private final int port;
  private final Process process;
  private final Thread shutdownHook;
  private CqlSession session;
  private volatile boolean closed;

  private CassandraServer(Path workDir, Path logFile, int port, Process process, Thread shutdownHook) {
    this.workDir = workDir;
    this.logFile = logFile;
    this.port = port;
    this.process = process;
    this.shutdownHook = shutdownHook;
  }

  /** Starts the server and blocks until it answers a CQL query. */
  public static CassandraServer start() {
    long t0 = System.nanoTime();
    Path workDir = null;
    Process process = null;
    Thread hook = null;
    try {
      String classpath = readServerClasspath();
      workDir = Files.createTempDirectory(Files.createDirectories(SERVERS), "server-").toAbsolutePath();
      Path logFile = workDir.resolve("cassandra.log");
      int[] ports = freePorts(2);
      int port = ports[0];
      int storagePort = ports[1];

      Path config = workDir.resolve("cassandra.yaml");
      Files.writeString(config, cassandraYaml(port, storagePort, workDir.resolve("data")), StandardCharsets.UTF_8);
      Path logback = workDir.resolve("logback.xml");
      Files.writeString(logback, LOGBACK_XML, StandardCharsets.UTF_8);

      process = new ProcessBuilder(javaCommand(classpath, config, logback, workDir))
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
          .start();
      Process p = process;
      Path wd = workDir;
      hook = new Thread(() -> {
        kill(p);
        deleteRecursively(wd);
      }, "cassandra-server-shutdown-hook");
      Runtime.getRuntime().addShutdownHook(hook);

      CassandraServer server = new CassandraServer(workDir, logFile, port, process, hook);
      server.awaitReady(System.nanoTime() + START_TIMEOUT.toNanos());
      System.out.printf("[CassandraServer] Cassandra ready at %s in %d ms (pid %d, data %s, log %s)%n",
          server.contactPoint(), (System.nanoTime() - t0) / 1_000_000, process.pid(),
          workDir.resolve("data"), logFile);
      return server;
    } catch (IOException e) {
      cleanupFailedStart(process, hook, workDir);
      throw new UncheckedIOException("Could not start Cassandra", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cleanupFailedStart(process, hook, workDir);
      throw new IllegalStateException("Interrupted while starting Cassandra", e);
    } catch (RuntimeException e) {
      cleanupFailedStart(process, hook, workDir);
      throw e;
    }
  }

  /** The native transport (CQL) address, e.g. {@code 127.0.0.1:40123}. */
  public String contactPoint() {
    return "127.0.0.1:" + port;
  }

  /** Runs one CQL statement. */
  public void execute(String cql) {
    session().execute(cql);
  }

  /** The result of a CQL query: column names, and every row as the list of its values. */
  public Table select(String cql) {
    ResultSet result = session().execute(cql);
    List<String> columns = new ArrayList<>();
    for (ColumnDefinition column : result.getColumnDefinitions()) {
      columns.add(column.getName().asInternal());
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : result) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        values.add(row.getObject(i));
      }
      rows.add(values);
    }
    return new Table(columns, rows);
  }

  /** Rows a query returned, with the names of their columns. */
  public record Table(List<String> columns, List<List<Object>> rows) {}

  public Path logFile() {
    return logFile;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (session != null) {
      session.close();
    }
    kill(process);
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // hook is running / will run
    }
    deleteRecursively(workDir);
  }

  // ---------------------------------------------------------------------------------------------

  private synchronized CqlSession session() {
    if (session == null) {
      session = CqlSession.builder()
          .addContactPoint(new InetSocketAddress("127.0.0.1", port))
          .withLocalDatacenter(DATA_CENTER)
          // Dropping or creating a table on a busy machine takes longer than the driver's 2 s.
          .withConfigLoader(DriverConfigLoader.programmaticBuilder()
              .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, STATEMENT_TIMEOUT)
              .build())
          .build();
    }
    return session;
  }

  private void awaitReady(long deadlineNanos) throws InterruptedException {
    // a) wait for the native transport to accept connections (cheap, no driver logging noise)
    while (!canConnect(port)) {
      checkAlive();
      if (System.nanoTime() > deadlineNanos) {
        throw notReady(null);
      }
      Thread.sleep(100);
    }
    // b) then a real CQL round trip
    Exception last = null;
    while (System.nanoTime() < deadlineNanos) {
      checkAlive();
      try {
        session().execute("SELECT release_version FROM system.local");
        return;
      } catch (RuntimeException e) {
        last = e;
        synchronized (this) {
          if (session != null) {
            session.close();
            session = null;
          }
        }
      }
      Thread.sleep(200);
    }
    throw notReady(last);
  }

  private void checkAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException("Cassandra exited with code " + process.exitValue()
          + " during startup\n" + tail(logFile));
    }
  }

  private IllegalStateException notReady(Exception cause) {
    return new IllegalStateException("Cassandra not ready on " + contactPoint() + " within "
        + START_TIMEOUT + "\n" + tail(logFile), cause);
  }

  /**
   * One node that is its own seed, on 127.0.0.1 only, one token, no JMX and small commit log
   * segments; the rest are Cassandra's defaults.
   */
  private static String cassandraYaml(int port, int storagePort, Path dataDir) {
    String data = dataDir.toAbsolutePath().toString().replace('\\', '/');
    return String.join("\n",
        "cluster_name: local",
        "num_tokens: 1",
        "initial_token: 0",
        "partitioner: org.apache.cassandra.dht.Murmur3Partitioner",
        "endpoint_snitch: SimpleSnitch",
        "seed_provider:",
        "  - class_name: org.apache.cassandra.locator.SimpleSeedProvider",
        "    parameters:",
        "      - seeds: \"127.0.0.1:" + storagePort + "\"",
        "listen_address: 127.0.0.1",
        "rpc_address: 127.0.0.1",
        "storage_port: " + storagePort,
        "native_transport_port: " + port,
        "start_native_transport: true",
        "commitlog_sync: periodic",
        "commitlog_sync_period: 10000ms",
        "commitlog_segment_size: 8MiB",
        "commitlog_total_space: 64MiB",
        // Tests drop their tables over and over: no snapshot of each.
        "auto_snapshot: false",
        "data_file_directories: [\"" + data + "/data\"]",
        "commitlog_directory: \"" + data + "/commitlog\"",
        "saved_caches_directory: \"" + data + "/saved_caches\"",
        "hints_directory: \"" + data + "/hints\"",
        "cdc_raw_directory: \"" + data + "/cdc_raw\"",
        "");
  }

  private static final String LOGBACK_XML = String.join("\n",
      "<configuration>",
      "  <appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">",
      "    <encoder><pattern>%d %-5level [%thread] %logger{30} %msg%n</pattern></encoder>",
      "  </appender>",
      "  <root level=\"INFO\"><appender-ref ref=\"OUT\"/></root>",
      "</configuration>",
      "");

  /** What bin/cassandra and conf/jvm17-server.options give the server on Java 17, in 512 MB. */
  private static List<String> javaCommand(String classpath, Path config, Path logback, Path workDir) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xms256m");
    cmd.add("-Xmx512m");
    cmd.add("-Xss256k");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-Djava.net.preferIPv4Stack=true");
    cmd.addAll(List.of(
        "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
        "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
        "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-exports", "java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
        "--add-exports", "java.rmi/sun.rmi.registry=ALL-UNNAMED",
        "--add-exports", "java.rmi/sun.rmi.server=ALL-UNNAMED",
        "--add-exports", "java.sql/java.sql=ALL-UNNAMED",
        "--add-opens", "java.base/java.lang.module=ALL-UNNAMED",
        "--add-opens", "java.base/jdk.internal.loader=ALL-UNNAMED",
        "--add-opens", "java.base/jdk.internal.ref=ALL-UNNAMED",
        "--add-opens", "java.base/jdk.internal.reflect=ALL-UNNAMED",
        "--add-opens", "java.base/jdk.internal.math=ALL-UNNAMED",
        "--add-opens", "java.base/jdk.internal.module=ALL-UNNAMED",
        "--add-opens", "java.base/jdk.internal.util.jar=ALL-UNNAMED",
        "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED",
        "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens", "java.base/java.io=ALL-UNNAMED",
        "--add-opens", "java.base/java.nio=ALL-UNNAMED",
        "--add-opens", "java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens", "java.base/java.util=ALL-UNNAMED",
        "--add-opens", "java.base/java.util.concurrent.atomic=ALL-UNNAMED",
        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
        "--add-opens", "java.base/java.math=ALL-UNNAMED",
        "--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED",
        "--add-opens", "java.base/java.net=ALL-UNNAMED"));
    cmd.add("-Dcassandra.config=" + config.toUri());
    cmd.add("-Dcassandra.storagedir=" + workDir.resolve("data"));
    cmd.add("-Dcassandra.logdir=" + workDir);
    cmd.add("-Dcassandra-foreground=yes");
    // One node has no gossip to wait for.
    cmd.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
    cmd.add("-Dlogback.configurationFile=" + logback.toUri());
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add("org.apache.cassandra.service.CassandraDaemon");
    return cmd;
  }

  private static String readServerClasspath() throws IOException {
    Path file = Paths.get(System.getProperty(CLASSPATH_FILE_PROPERTY, DEFAULT_CLASSPATH_FILE));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Cassandra server classpath file " + file.toAbsolutePath()
          + " not found. It is generated by the build (maven-invoker-plugin, phase generate-test-resources);"
          + " run e.g. 'mvn test-compile' first.");
    }
    String cp = Files.readString(file, StandardCharsets.UTF_8).trim();
    if (cp.isEmpty() || !cp.contains("cassandra-all")) {
      throw new IllegalStateException("Cassandra server classpath file " + file.toAbsolutePath()
          + " does not contain cassandra-all: '" + cp + "'");
    }
    return cp;
  }

  private static int[] freePorts(int n) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        s.setReuseAddress(true);
        sockets.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }

  private static boolean canConnect(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Stops the server at once: its data is thrown away, so nothing needs flushing. */
  private static void kill(Process process) {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void cleanupFailedStart(Process process, Thread hook, Path workDir) {
    kill(process);
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException ignored) {
        // shutting down
      }
    }
    // keep workDir (and its cassandra.log) on failure only if asked to
    if (workDir != null && !Boolean.getBoolean("cassandra.server.keepOnFailure")) {
      deleteRecursively(workDir);
    }
  }

  private static String tail(Path logFile) {
    if (logFile == null || !Files.exists(logFile)) {
      return "(no server log)";
    }
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      int from = Math.max(0, lines.size() - LOG_TAIL_LINES);
      return "---- last " + (lines.size() - from) + " lines of " + logFile + " ----\n"
          + String.join("\n", lines.subList(from, lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(could not read server log " + logFile + ": " + e + ")";
    }
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort
        }
      });
    } catch (IOException | UncheckedIOException ignored) {
      // best effort
    }
  }
}
