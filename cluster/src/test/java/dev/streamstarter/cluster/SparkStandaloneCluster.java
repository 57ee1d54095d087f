package dev.streamstarter.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1: a Master and one Worker, each its own JVM started
 * from the jars of a {@link SparkHome}, and spark-submit as a third JVM (client mode: the driver
 * runs in it, the executors in JVMs the Worker starts). Closing it stops every JVM it started,
 * and so does a shutdown hook if the test JVM ends first.
 */
final class SparkStandaloneCluster implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int LOG_TAIL_LINES = 40;

    private final SparkHome sparkHome;
    private final Path workDir;
    private final Path logDir;
    private final Path workerDir;
    private final int masterPort = Processes.freePort();
    private final int masterWebUiPort = Processes.freePort();
    private final int workerWebUiPort = Processes.freePort();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Process> processes = new ArrayList<>(); // stopped in reverse start order
    private final Thread shutdownHook = new Thread(this::close, "spark-standalone-cluster-stop");
    private boolean closed; // guarded by processes
    private Duration masterUp;
    private Duration workerRegistered;

    private SparkStandaloneCluster(SparkHome sparkHome, Path workDir) {
        this.sparkHome = sparkHome;
        this.workDir = workDir;
        this.logDir = workDir.resolve("logs");
        this.workerDir = workDir.resolve("worker");
    }

    /** Starts a Master and a Worker in a fresh work folder and waits until the Worker has registered. */
    static SparkStandaloneCluster start(SparkHome sparkHome, Path workDir, Duration timeout)
            throws IOException, InterruptedException {
        Processes.deleteRecursively(workDir);
        SparkStandaloneCluster cluster = new SparkStandaloneCluster(sparkHome, workDir);
        Files.createDirectories(cluster.logDir);
        Files.createDirectories(cluster.workerDir);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        try {
            cluster.startMasterAndWorker(timeout);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://" + HOST + ":" + masterPort;
    }

    /** The Worker's work folder: one app-* folder per application, one folder per executor in it. */
    Path workerDir() {
        return workerDir;
    }

    /** Time from starting the Master until its web UI answered. */
    Duration masterUp() {
        return masterUp;
    }

    /** Time from starting the Master until the Worker had registered with it. */
    Duration workerRegistered() {
        return workerRegistered;
    }

    private void startMasterAndWorker(Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Process master = launch("master", "512m", "org.apache.spark.deploy.master.Master", List.of(
                "--host", HOST, "--port", String.valueOf(masterPort),
                "--webui-port", String.valueOf(masterWebUiPort)));
        while (masterStatus().isEmpty()) {
            checkRunning(master, "master");
            checkDeadline(deadline, "the master's web UI did not answer on port " + masterWebUiPort);
            Thread.sleep(POLL.toMillis());
        }
        masterUp = Duration.ofNanos(System.nanoTime() - start);

        Process worker = launch("worker", "512m", "org.apache.spark.deploy.worker.Worker", List.of(
                "--host", HOST, "--webui-port", String.valueOf(workerWebUiPort),
                "--cores", "1", "--memory", "1g", "--work-dir", workerDir.toString(), masterUrl()));
        while (aliveWorkers() < 1) {
            checkRunning(master, "master");
            checkRunning(worker, "worker");
            checkDeadline(deadline, "the worker did not register with the master");
            Thread.sleep(POLL.toMillis());
        }
        workerRegistered = Duration.ofNanos(System.nanoTime() - start);
    }

    /** How one spark-submit run ended; the driver's log is {@code driverLog}. */
    record Submission(String name, int exitCode, Path driverLog, Duration took) {}

    /**
     * Runs spark-submit (client mode) with the application jar and waits until it exits.
     *
     * @param name the submission's name: names its log files (the application names itself)
     */
    Submission submit(String name, Path applicationJar, String mainClass, List<String> applicationArgs,
            Duration timeout) throws IOException, InterruptedException {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.driver.host", HOST);
        conf.put("spark.driver.bindAddress", HOST);
        conf.put("spark.ui.enabled", "false");
        conf.put("spark.executor.memory", "1g");
        conf.put("spark.cores.max", "1");
        List<String> args = new ArrayList<>(List.of(
                "--master", masterUrl(), "--deploy-mode", "client", "--class", mainClass));
        conf.forEach((key, value) -> args.addAll(List.of("--conf", key + "=" + value)));
        args.add(applicationJar.toString());
        args.addAll(applicationArgs);

        String process = "submit-" + name;
        long start = System.nanoTime();
        Process submit = launch(process, "1g", "org.apache.spark.deploy.SparkSubmit", args);
        if (!submit.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            Processes.destroyTree(submit);
            throw new IllegalStateException(
                    "spark-submit '" + name + "' did not end within " + timeout + "\n" + diagnostics());
        }
        return new Submission(name, submit.exitValue(), logDir.resolve(process + ".log"),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The master's state ({@code /json/}: workers, active and completed applications), if it answers. */
    Optional<JsonNode> masterStatus() {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://" + HOST + ":" + masterWebUiPort + "/json/")).timeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(json.readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The master's entry of the completed application with this name, waiting for it: the driver
     * unregisters the application asynchronously while it stops.
     */
    JsonNode awaitCompletedApplication(String appName, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<JsonNode> app = masterStatus().stream()
                    .flatMap(status -> stream(status.path("completedapps")))
                    .filter(completed -> appName.equals(completed.path("name").asText()))
                    .findFirst();
            if (app.isPresent()) {
                return app.get();
            }
            checkDeadline(deadline, "the master lists no completed application '" + appName + "'");
            Thread.sleep(POLL.toMillis());
        }
    }

    private int aliveWorkers() {
        return masterStatus().map(status -> status.path("aliveworkers").asInt(0)).orElse(0);
    }

    private Process launch(String name, String heap, String mainClass, List<String> args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(sparkHome.command(heap, mainClass, args))
                .directory(workDir.toFile())
                .redirectOutput(logDir.resolve(name + ".out").toFile())
                .redirectError(logDir.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("SPARK_") || key.startsWith("PYSPARK_")
                || key.equals("HADOOP_CONF_DIR") || key.equals("YARN_CONF_DIR"));
        env.put("SPARK_HOME", sparkHome.dir().toString()); // the Worker's executor launcher reads it
        env.put("SPARK_SCALA_VERSION", "2.12");
        env.put("SPARK_LOCAL_IP", HOST);
        env.put("SPARK_LOCAL_DIRS", workDir.resolve("local").toString());
        env.put("SPARK_LOG_DIR", logDir.toString());
        env.put("JAVA_HOME", Processes.javaHome()); // the Worker starts executors with this java
        synchronized (processes) { // never leave a JVM behind that starts while close() runs
            if (closed) {
                throw new IllegalStateException("the cluster is closed");
            }
            Process process = builder.start();
            processes.add(process);
            return process;
        }
    }

    private void checkRunning(Process process, String name) {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    "the " + name + " exited with code " + process.exitValue() + "\n" + diagnostics());
        }
    }

    private void checkDeadline(long deadlineNanos, String what) {
        if (System.nanoTime() > deadlineNanos) {
            throw new IllegalStateException("Timed out: " + what + "\n" + diagnostics());
        }
    }

    /** The ends of every log: master, worker, each spark-submit and each executor's stderr. */
    String diagnostics() {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> logs = Files.list(logDir)) {
            logs.sorted().forEach(log -> text.append(Processes.tail(log, LOG_TAIL_LINES)));
        } catch (IOException | UncheckedIOException e) {
            text.append("no logs in ").append(logDir).append(": ").append(e).append('\n');
        }
        for (Path stderr : executorStderrFiles()) {
            text.append(Processes.tail(stderr, LOG_TAIL_LINES));
        }
        return text.toString();
    }

    /** The stderr of every executor the Worker started: {@code app-*}/{@code <executor id>}/stderr. */
    List<Path> executorStderrFiles() {
        try (Stream<Path> files = Files.walk(workerDir, 3)) {
            return files.filter(file -> file.getFileName().toString().equals("stderr")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        List<Process> started;
        synchronized (processes) {
            closed = true;
            started = new ArrayList<>(processes);
            processes.clear();
        }
        // Newest first: spark-submit, then the worker (and its executors), then the master.
        for (int i = started.size() - 1; i >= 0; i--) {
            Processes.destroyTree(started.get(i));
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: this is the hook.
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements.stream();
    }
}
