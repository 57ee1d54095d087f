package dev.streamstarter.samples.external;

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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one) in a separate JVM
 * on 127.0.0.1. Its classpath (Scala 2.13, kafka-clients 4) would clash with Spark's, so the build
 * resolves it on its own into a file (src/test/kafka-broker/pom.xml, run at
 * generate-test-resources) and only that file's jars start the broker.
 */
public final class KafkaBroker implements AutoCloseable {

  public static final String CLASSPATH_FILE_PROPERTY = "kafka.broker.classpathFile";
  private static final String DEFAULT_CLASSPATH_FILE = "target/kafka-broker/classpath.txt";
  private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final int LOG_TAIL_LINES = 60;

  private final Path workDir;
  private final Path logFile;
  private final int port;
  private final Process process;
  private final Thread shutdownHook;
  private Admin admin;
  private volatile boolean closed;

  private KafkaBroker(Path workDir, Path logFile, int port, Process process, Thread shutdownHook) {
    this.workDir = workDir;
    this.logFile = logFile;
    this.port = port;
    this.process = process;
    this.shutdownHook = shutdownHook;
  }

  /** Formats storage, starts the broker and blocks until it answers describeCluster. */
  public static KafkaBroker start() {
    long t0 = System.nanoTime();
    Path workDir = null;
    Process process = null;
    Thread hook = null;
    try {
      String classpath = readBrokerClasspath();
      workDir = Files.createTempDirectory("kafka-broker-");
      Path dataDir = Files.createDirectories(workDir.resolve("data"));
      Path logFile = workDir.resolve("broker.log");
      int[] ports = freePorts(2);
      int port = ports[0];
      int controllerPort = ports[1];

      Path config = workDir.resolve("server.properties");
      Files.writeString(config, serverProperties(port, controllerPort, dataDir), StandardCharsets.UTF_8);
      Path log4j = workDir.resolve("log4j2.properties");
      Files.writeString(log4j, LOG4J2_PROPERTIES, StandardCharsets.UTF_8);

      // 1) kafka-storage.sh format -t <clusterId> -c server.properties (static controller.quorum.voters)
      Process format = new ProcessBuilder(javaCommand(classpath, log4j, workDir, true,
          "kafka.tools.StorageTool", "format", "-t", randomClusterId(), "-c", config.toString()))
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
          .start();
      if (!format.waitFor(FORMAT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        format.destroyForcibly();
        throw new IllegalStateException("Kafka storage format timed out after " + FORMAT_TIMEOUT
            + "\n" + tail(logFile));
      }
      if (format.exitValue() != 0) {
        throw new IllegalStateException("Kafka storage format failed (exit " + format.exitValue() + ")\n"
            + tail(logFile));
      }
      long formatMillis = (System.nanoTime() - t0) / 1_000_000;

      // 2) kafka-server-start.sh server.properties
      process = new ProcessBuilder(javaCommand(classpath, log4j, workDir, false, "kafka.Kafka", config.toString()))
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
          .start();
      Process p = process;
      Path wd = workDir;
      hook = new Thread(() -> {
        killTree(p, Duration.ofSeconds(5));
        deleteRecursively(wd);
      }, "kafka-broker-shutdown-hook");
      Runtime.getRuntime().addShutdownHook(hook);

      KafkaBroker broker = new KafkaBroker(workDir, logFile, port, process, hook);
      broker.awaitReady(System.nanoTime() + START_TIMEOUT.toNanos());
      System.out.printf("[KafkaBroker] Kafka ready at %s in %d ms (storage format %d ms; pid %d, log %s)%n",
          broker.bootstrapServers(), (System.nanoTime() - t0) / 1_000_000, formatMillis, process.pid(), logFile);
      return broker;
    } catch (IOException e) {
      cleanupFailedStart(process, hook, workDir);
      throw new UncheckedIOException("Could not start Kafka broker", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cleanupFailedStart(process, hook, workDir);
      throw new IllegalStateException("Interrupted while starting Kafka broker", e);
    } catch (RuntimeException e) {
      cleanupFailedStart(process, hook, workDir);
      throw e;
    }
  }

  /** e.g. {@code 127.0.0.1:40123} */
  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public void createTopic(String name, int partitions) {
    try {
      admin().createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Could not create topic " + name + "\n" + tail(logFile), e);
    }
  }

  /** Writes the values as records without key to the topic and waits until all are stored. */
  public void send(String topic, List<String> values) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      for (String value : values) {
        producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not write to topic " + topic + "\n" + tail(logFile), e);
    }
  }

  /** Every record value the topic holds now, partition by partition in offset order. */
  public List<String> read(String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      List<String> values = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Could not read topic " + topic + " to its end within 30 s");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
      return values;
    }
  }

  /** Creates the topic unless it exists. */
  public void ensureTopic(String name, int partitions) {
    try {
      if (!admin().listTopics().names().get(30, TimeUnit.SECONDS).contains(name)) {
        createTopic(name, partitions);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not create topic " + name + "\n" + tail(logFile), e);
    }
  }

  public Path logFile() {
    return logFile;
  }

  /** Blocks until the broker process exits (for "run with embedded services" mains). */
  public void awaitTermination() throws InterruptedException {
    process.waitFor();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (admin != null) {
      admin.close(Duration.ofSeconds(2));
    }
    killTree(process, Duration.ofSeconds(5));
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // hook is running / will run
    }
    deleteRecursively(workDir);
  }

  // ---------------------------------------------------------------------------------------------

  private synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(adminProps(bootstrapServers()));
    }
    return admin;
  }

  private void awaitReady(long deadlineNanos) throws InterruptedException {
    // a) wait for the PLAINTEXT listener to accept connections (cheap, no client logging noise)
    while (!canConnect(port)) {
      checkAlive();
      if (System.nanoTime() > deadlineNanos) {
        throw notReady(null);
      }
      Thread.sleep(100);
    }
    // b) then a real protocol round trip
    Exception last = null;
    while (System.nanoTime() < deadlineNanos) {
      checkAlive();
      try {
        int nodes = admin().describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
        if (nodes > 0) {
          return;
        }
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        last = e;
      }
      Thread.sleep(200);
    }
    throw notReady(last);
  }

  private void checkAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException("Kafka broker exited with code " + process.exitValue()
          + " during startup\n" + tail(logFile));
    }
  }

  private IllegalStateException notReady(Exception cause) {
    return new IllegalStateException("Kafka broker not ready on " + bootstrapServers() + " within "
        + START_TIMEOUT + "\n" + tail(logFile), cause);
  }

  private static Properties adminProps(String bootstrap) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
    return props;
  }

  private static String serverProperties(int port, int controllerPort, Path dataDir) {
    return String.join("\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + dataDir.toAbsolutePath().toString().replace('\\', '/'),
        "num.partitions=1",
        "default.replication.factor=1",
        "min.insync.replicas=1",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "transaction.state.log.num.partitions=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=true",
        "log.flush.interval.messages=1",
        "")
        ;
  }

  private static final String LOG4J2_PROPERTIES = String.join("\n",
      "status = warn",
      "appender.out.type = Console",
      "appender.out.name = OUT",
      "appender.out.layout.type = PatternLayout",
      "appender.out.layout.pattern = [%d] %p %m (%c)%n",
      "rootLogger.level = INFO",
      "rootLogger.appenderRef.out.ref = OUT",
      "logger.state.name = state.change.logger",
      "logger.state.level = WARN",
      "logger.request.name = kafka.request.logger",
      "logger.request.level = WARN",
      "");

  private static List<String> javaCommand(String classpath, Path log4j, Path workDir, boolean shortLived,
                      String mainClass, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(shortLived ? "-Xmx256m" : "-Xmx512m");
    cmd.add("-Xms64m");
    cmd.add("-XX:+UseSerialGC");
    if (shortLived) {
      cmd.add("-XX:TieredStopAtLevel=1");
    }
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Djava.net.preferIPv4Stack=true");
    cmd.add("-Dlog4j2.configurationFile=" + log4j.toUri());
    cmd.add("-Dkafka.logs.dir=" + workDir);
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static String readBrokerClasspath() throws IOException {
    Path file = Paths.get(System.getProperty(CLASSPATH_FILE_PROPERTY, DEFAULT_CLASSPATH_FILE));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Kafka broker classpath file " + file.toAbsolutePath()
          + " not found. It is generated by the build (maven-invoker-plugin, phase generate-test-resources);"
          + " run e.g. 'mvn test-compile' first.");
    }
    String cp = Files.readString(file, StandardCharsets.UTF_8).trim();
    if (cp.isEmpty() || !cp.contains("kafka_2.13")) {
      throw new IllegalStateException("Kafka broker classpath file " + file.toAbsolutePath()
          + " does not contain kafka_2.13: '" + cp + "'");
    }
    return cp;
  }

  /** Kafka cluster ids are 16 random bytes, base64url without padding (same as kafka-storage random-uuid). */
  private static String randomClusterId() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    bytes[0] &= 0x7f; // avoid leading '-' which the CLI argument parser would treat as an option
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

  private static void killTree(Process process, Duration grace) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy(); // SIGTERM -> broker's own shutdown hook
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  private static void cleanupFailedStart(Process process, Thread hook, Path workDir) {
    killTree(process, Duration.ofSeconds(2));
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException ignored) {
        // shutting down
      }
    }
    // keep workDir (and its broker.log) on failure only if asked to
    if (workDir != null && !Boolean.getBoolean("kafka.broker.keepOnFailure")) {
      deleteRecursively(workDir);
    }
  }

  private static String tail(Path logFile) {
    if (logFile == null || !Files.exists(logFile)) {
      return "(no broker log)";
    }
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      int from = Math.max(0, lines.size() - LOG_TAIL_LINES);
      return "---- last " + (lines.size() - from) + " lines of " + logFile + " ----\n"
          + String.join("\n", lines.subList(from, lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(could not read broker log " + logFile + ": " + e + ")";
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
