package dev.streamstarter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamstarter.cluster.SparkStandaloneCluster.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A generated project's shaded jar, submitted with spark-submit to a real Spark standalone cluster
 * (Master and Worker as separate JVMs on 127.0.0.1, Spark from Maven), runs its stateful streaming
 * query to the end: the Worker's executor reads the sample input, counts per tumbling window and
 * action (a shuffle and state), and writes exactly the windows the watermark has closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedJobOnStandaloneClusterTest {

    private static final Path WORK = Path.of("target", "cluster").toAbsolutePath();
    /** Also the application's name: the generated job names its SparkSession after the artifactId. */
    private static final String ARTIFACT_ID = "cluster-job";
    private static final String PIPELINE = "events";
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration WATERMARK_DELAY = Duration.ofMinutes(1);
    private static final List<String> OPTIONS = List.of(
            "--source", "file", "--source-format", "json",
            "--pattern", "tumbling-window", "--window-duration", "10 minutes", "--group-by", "action",
            "--aggregations", "count(*) AS count;sum(amount) AS total",
            "--event-time", "ts", "--watermark", "1 minute",
            "--sink", "file", "--sink-format", "json", "--output-mode", "append",
            "--trigger", "available-now");

    private GeneratedProject project;
    private Path shadedJar;
    private SparkStandaloneCluster cluster;
    private Submission submission;
    private Path output;
    private Path checkpoints;

    @BeforeAll
    void generateTheProjectStartTheClusterAndSubmitTheJob() throws Exception {
        project = GeneratedProject.generate(WORK.resolve(ARTIFACT_ID), ARTIFACT_ID, "1.0.0", OPTIONS);
        shadedJar = project.buildShadedJar();
        System.out.printf("Cluster: the generated project built its shaded jar in %d s%n",
                project.buildTook().toSeconds());

        SparkHome sparkHome = SparkHome.create(
                Path.of(System.getProperty("spark.classpath.file")), WORK.resolve("spark-home"));
        cluster = SparkStandaloneCluster.start(sparkHome, WORK.resolve("spark"), Duration.ofSeconds(90));
        System.out.printf("Cluster: master up after %d ms, worker registered after %d ms%n",
                cluster.masterUp().toMillis(), cluster.workerRegistered().toMillis());

        Path run = WORK.resolve("run"); // fresh: a checkpoint left from an earlier run would skip the input
        Processes.deleteRecursively(run);
        output = run.resolve("output");
        checkpoints = run.resolve("checkpoints");
        submission = cluster.submit(ARTIFACT_ID, shadedJar, mainClass(shadedJar), List.of(
                "--input-root", project.sampleInputRoot().toString(),
                "--output-root", output.toString(),
                "--checkpoint-root", checkpoints.toString(),
                "--shuffle-partitions", "2"), Duration.ofMinutes(5));
        System.out.printf("Cluster: spark-submit ran the job to its end in %d ms (exit code %d)%n",
                submission.took().toMillis(), submission.exitCode());
    }

    @AfterAll
    void stopTheCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theShadedJarLeavesSparkToTheCluster() throws Exception {
        try (JarFile jar = new JarFile(shadedJar.toFile())) {
            List<String> entries = jar.stream().map(ZipEntry::getName).toList();

            assertThat(entries).as("entries of %s", shadedJar)
                    .contains(mainClass(shadedJar).replace('.', '/') + ".class")
                    .noneMatch(name -> name.startsWith("org/apache/spark/"))
                    .noneMatch(name -> name.startsWith("scala/"));
        }
    }

    @Test
    void sparkSubmitRunsTheJobToItsEndAndTheMasterListsItFinished() throws Exception {
        assertThat(submission.exitCode()).as("spark-submit's exit code\n%s", cluster.diagnostics()).isZero();

        JsonNode app = cluster.awaitCompletedApplication(ARTIFACT_ID, Duration.ofSeconds(30));
        assertThat(app.path("state").asText()).as("the master's entry %s", app).isEqualTo("FINISHED");
    }

    @Test
    void theWorkersExecutorRanTheTasksAndReadTheSampleInput() throws Exception {
        String appId = cluster.awaitCompletedApplication(ARTIFACT_ID, Duration.ofSeconds(30)).path("id").asText();
        List<Path> stderrFiles = cluster.executorStderrFiles().stream()
                .filter(stderr -> stderr.getParent().getParent().getFileName().toString().equals(appId))
                .toList();
        assertThat(stderrFiles).as("executor logs of %s below %s\n%s", appId, cluster.workerDir(),
                cluster.diagnostics()).isNotEmpty();

        String executorLogs = stderrFiles.stream().map(GeneratedJobOnStandaloneClusterTest::read)
                .collect(Collectors.joining("\n"));
        assertThat(executorLogs).as("the executors' stderr\n%s", cluster.diagnostics()).contains("Finished task");
        // The job feeds its sample files, one per step, into a folder below its checkpoint (FileFeeder).
        Path fed = checkpoints.resolve(PIPELINE).resolve("feed").resolve(PIPELINE);
        try (Stream<Path> sampleFiles = Files.list(project.sampleInputRoot().resolve(PIPELINE))) {
            assertThat(sampleFiles.toList()).as("sample files").isNotEmpty()
                    .allSatisfy(sample -> assertThat(executorLogs).as("the executors' stderr")
                            .contains("Reading File path: " + fed.resolve(sample.getFileName()).toUri()));
        }
    }

    @Test
    void theJobWroteExactlyTheWindowsTheWatermarkClosed() throws Exception {
        assertThat(submission.exitCode()).as("spark-submit's exit code\n%s", cluster.diagnostics()).isZero();
        List<SampleEvent> events = SampleEvent.readAll(project.sampleInputRoot().resolve(PIPELINE));
        List<WindowCount> allWindows = WindowCount.tumbling(events, WINDOW);
        // Available-now ends with a batch without data that emits what the last watermark closed.
        Instant watermark = SampleEvent.latest(events).minus(WATERMARK_DELAY);
        List<WindowCount> closedWindows = allWindows.stream()
                .filter(window -> !window.end().isAfter(watermark))
                .toList();
        assertThat(closedWindows).as("the sample has closed windows and windows still open at the end")
                .isNotEmpty()
                .hasSizeLessThan(allWindows.size());

        List<WindowCount> written = WindowCount.readFileSinkOutput(output.resolve(PIPELINE));

        assertThat(written).as("rows written to %s\n%s", output.resolve(PIPELINE), cluster.diagnostics())
                .containsExactlyElementsOf(closedWindows);
    }

    private static String mainClass(Path jar) throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Main-Class");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
