package dev.streamstarter.agreement;

import dev.streamstarter.spec.Names;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.streaming.StreamingQueryWrapper;
import org.apache.spark.sql.execution.streaming.continuous.ContinuousExecution;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;

/**
 * Asks Spark about one combination: starts its generated pipeline in the shared session on the
 * pipeline's own sample input, waits until the first micro-batch with data has run (some checks
 * happen only when a batch is planned or executed), a continuous query committed an epoch, the
 * query ended by itself, or it failed; then stops it.
 */
final class SparkProbe {

    private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());
    private static final String KAFKA_SERVERS = "--kafka-bootstrap-servers";

    private final SparkSession spark;
    private final ClassLoader loader;
    private final Duration patience;
    private final Services services;

    SparkProbe(SparkSession spark, ClassLoader loader, Duration patience, Services services) {
        this.spark = spark;
        this.loader = loader;
        this.patience = patience;
        this.services = services;
    }

    /**
     * Starts and stops the combination's query in a fresh folder, returning Spark's verdict. A
     * Kafka or JDBC sink writes to the test run's broker or database.
     */
    SparkVerdict probe(Combination combination, String source, String sink, Map<String, byte[]> rendered,
            Path folder) throws Exception {
        Path input = folder.resolve("input");
        String dataFolder = "data/" + combination.pipelineName() + "/";
        List<String> sampleLines = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : rendered.entrySet()) {
            if (file.getKey().startsWith("data/")) {
                Path target = input.resolve(file.getKey().substring("data/".length()));
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            if (file.getKey().startsWith(dataFolder)) {
                sampleLines.addAll(new String(file.getValue(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        SourceFixture fixture = SourceFixture.forSource(source).orElseThrow();
        try (SourceFixture.Input running = fixture.open(combination, sampleLines, services)) {
            List<String> args = new ArrayList<>(List.of(
                    "--input-root", input.toString(),
                    "--output-root", folder.resolve("output").toString(),
                    "--checkpoint-root", folder.resolve("checkpoints").toString()));
            args.addAll(running.jobArgs());
            if (sink.equals("kafka") && !args.contains(KAFKA_SERVERS)) {
                args.addAll(services.kafkaArgs());
            }
            if (sink.equals("jdbc")) {
                args.addAll(services.jdbcArgs(combination.choices().getOrDefault("database", "postgresql")));
            }
            long began = System.nanoTime();
            SparkVerdict verdict = startAndWatch(combination, args, sink.equals("jdbc"));
            return verdict.took((System.nanoTime() - began) / 1_000_000);
        }
    }

    private SparkVerdict startAndWatch(Combination combination, List<String> args, boolean jdbc) throws Exception {
        String pkg = combination.packageName();
        Class<?> configType = Class.forName(pkg + ".JobConfig", true, loader);
        Object parsed = configType.getMethod("parse", String[].class).invoke(null, (Object) args.toArray(String[]::new));
        // The embedded database trusts local connections; do not depend on JDBC_PASSWORD here.
        Object config = jdbc ? configType.getMethod("withJdbcPassword", String.class).invoke(parsed, "") : parsed;
        Class<?> pipelineType = Class.forName(pkg + "." + Names.className(combination.pipelineName()) + "Pipeline",
                true, loader);
        Object pipeline = pipelineType.getDeclaredConstructor().newInstance();
        Method start = pipelineType.getMethod("start", SparkSession.class, configType);

        StreamingQuery query;
        try {
            // The stream thread inherits the console sink's output stream from here: keep it quiet.
            query = scala.Console.withOut(SILENT, () -> invoke(start, pipeline, spark, config));
        } catch (StartFailed failed) {
            return SparkVerdict.refused(failed.getCause(), true);
        }
        try {
            return watch(query);
        } finally {
            query.stop();
        }
    }

    private SparkVerdict watch(StreamingQuery query) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (query.exception().isDefined()) {
                return refusal(query.exception().get());
            }
            if (!query.isActive()) {
                return query.exception().isDefined()
                        ? refusal(query.exception().get())
                        : SparkVerdict.started("ended by itself after " + query.recentProgress().length + " progress events");
            }
            if (Arrays.stream(query.recentProgress()).anyMatch(progress -> progress.numInputRows() > 0)) {
                return SparkVerdict.started("ran a micro-batch with data");
            }
            if (isContinuous(query) && committedAnEpoch(query)) {
                return SparkVerdict.started("committed an epoch");
            }
            Thread.sleep(10);
        }
        return SparkVerdict.undecided("no micro-batch with data, no end and no error within " + patience.toSeconds()
                + " s; status: " + query.status().message());
    }

    private static boolean isContinuous(StreamingQuery query) {
        return query instanceof StreamingQueryWrapper wrapper
                && wrapper.streamingQuery() instanceof ContinuousExecution;
    }

    /** Continuous queries report no progress; their commit log shows that data went through. */
    private static boolean committedAnEpoch(StreamingQuery query) {
        return ((StreamingQueryWrapper) query).streamingQuery().commitLog().getLatestBatchId().isDefined();
    }

    private static SparkVerdict refusal(StreamingQueryException failure) {
        return SparkVerdict.refused(failure.cause() != null ? failure.cause() : failure, false);
    }

    private static StreamingQuery invoke(Method start, Object pipeline, SparkSession spark, Object config) {
        try {
            return (StreamingQuery) start.invoke(pipeline, spark, config);
        } catch (InvocationTargetException e) {
            throw new StartFailed(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Carries what {@code start()} threw out of the Scala thunk. */
    private static final class StartFailed extends RuntimeException {
        StartFailed(Throwable cause) {
            super(cause);
        }
    }
}
