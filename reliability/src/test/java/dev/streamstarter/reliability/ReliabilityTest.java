package dev.streamstarter.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Generated jobs as real processes against one real Kafka broker and one real PostgreSQL, killed
 * with SIGKILL at random moments while batches are in flight and restarted from their checkpoints:
 * a kafka → tumbling window → jdbc job loses and duplicates nothing and never shows a reader part
 * of a batch; a kafka → kafka job (at-least-once) loses nothing; and a job fed bad records among
 * good ones goes on and accounts for every record. The two projects' jobs run side by side.
 * Expected results are computed here, in plain Java, from the events written. Each scenario
 * prints one {@code Reliability:} line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.CONCURRENT) // the two jobs run side by side, each on its own topics
class ReliabilityTest {

    private static final Path WORK = Path.of("target", "reliability").toAbsolutePath();
    /** -Dreliability.seed=N: another set of events and kill delays (each delay counts from a batch). */
    private static final long SEED = Long.getLong("reliability.seed", 10);
    private static final int KILLS = 5;
    private static final int EVENTS = 2400;
    private static final int BATCH_LIMIT = 150;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration STEP = Duration.ofMillis(40);
    private static final Duration WINDOW = Duration.ofSeconds(10);

    private static final String WINDOW_TABLE = "events";
    private static final String WINDOW_TOPIC = "events";
    private static final List<String> WINDOW_JDBC = List.of(
            "--artifact-id", "window-jdbc", "--source", "kafka", "--max-offsets-per-trigger", "" + BATCH_LIMIT,
            "--pattern", "tumbling-window", "--window-duration", "10 seconds",
            "--event-time", "ts", "--watermark", "10 seconds", "--sink", "jdbc",
            // No dead-letter query beside it, which would double each run's work: the poison-pill
            // run shows what becomes of bad records.
            "--bad-records", "drop");

    private static final String CLICKS = "clicks";
    private static final String CLICKS_RESULTS = "clicks-results";
    private static final String CLICKS_DEAD_LETTERS = "clicks-dead-letters";
    private static final List<String> KAFKA_KAFKA = List.of(
            "--artifact-id", "kafka-kafka", "--pipeline-name", CLICKS,
            "--source", "kafka", "--max-offsets-per-trigger", "" + BATCH_LIMIT,
            "--schema", "id STRING, user STRING, action STRING, amount DOUBLE, ts TIMESTAMP",
            "--pattern", "passthrough", "--sink", "kafka", "--kafka-key", "id");

    private GeneratedProject windowJdbc;
    private GeneratedProject kafkaKafka;
    private Services services;
    private Topics topics;

    @BeforeAll
    void generateAndBuildBothProjectsAndStartTheServices() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        long start = System.nanoTime();
        windowJdbc = GeneratedProject.generate(WORK.resolve("window-jdbc"), WINDOW_JDBC);
        kafkaKafka = GeneratedProject.generate(WORK.resolve("kafka-kafka"), KAFKA_KAFKA);
        windowJdbc.build(true);
        // The services start from the first project's launchers while the second one builds.
        CompletableFuture<Services> started = CompletableFuture.supplyAsync(() -> {
            try {
                return Services.start(windowJdbc);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        kafkaKafka.build(false);
        services = started.join();
        topics = new Topics(services.bootstrapServers());
        System.out.printf("Reliability: set-up: both projects generated and built, Kafka and PostgreSQL up in %d s"
                + " (seed %d)%n", Duration.ofNanos(System.nanoTime() - start).toSeconds(), SEED);
    }

    @AfterAll
    void stopTheServices() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aKafkaWindowJdbcJobKilledWhileBatchesAreInFlightLosesAndDuplicatesNothing() throws Exception {
        Random random = new Random(SEED);
        List<Event> events = Event.inOrder("w", EVENTS, START, STEP, random);
        NavigableMap<Window, Long> expected = Window.tumblingCounts(events, WINDOW);
        topics.create(WINDOW_TOPIC);
        List<byte[]> values = new ArrayList<>(events.stream().map(event -> event.value(false)).toList());
        // Far later than every event: the watermark it brings closes every window of the events.
        values.add(new Event("flush", "flush", "flush", 0, START.plus(Duration.ofDays(1))).value(false));

        Path checkpoints = WORK.resolve("window-jdbc-checkpoints");
        List<String> jobArgs = List.of("--kafka-bootstrap-servers", services.bootstrapServers(),
                "--jdbc-url", services.jdbcUrl(), "--jdbc-user", Services.DATABASE_USER,
                "--checkpoint-root", checkpoints.toString(), "--shuffle-partitions", "2");
        KilledRuns runs = new KilledRuns(windowJdbc, jobArgs, checkpoints.resolve("events"), "events",
                WORK.resolve("window-jdbc-logs"));
        TableWatcher watcher =
                new TableWatcher(services.jdbcUrl(), Services.DATABASE_USER, WINDOW_TABLE, expected).start();
        KilledRuns.Outcome outcome;
        try {
            outcome = runs.run(KILLS, values, topics, WINDOW_TOPIC, random);
        } finally {
            watcher.close();
        }
        NavigableMap<Window, Long> table;
        try (Connection connection = TableWatcher.connect(services.jdbcUrl(), Services.DATABASE_USER)) {
            table = TableWatcher.read(connection, WINDOW_TABLE);
        }
        long lost = 0;
        long duplicated = 0;
        Set<Window> windows = new HashSet<>(expected.keySet());
        windows.addAll(table.keySet());
        for (Window window : windows) {
            long difference = table.getOrDefault(window, 0L) - expected.getOrDefault(window, 0L);
            lost += Math.max(0, -difference);
            duplicated += Math.max(0, difference);
        }
        System.out.printf("Reliability: kafka-window-jdbc: %d kills (%d mid-batch), %d restarts,"
                        + " %d events in %d windows,"
                        + " %d lost, %d duplicated, %d partial reads seen in %d reads%n",
                outcome.kills(), outcome.killsMidBatch(), outcome.restarts(), events.size(), expected.size(),
                lost, duplicated, watcher.partialReads().size(), watcher.reads());

        assertThat(outcome.lastExitCode()).as("exit code of the last run\n%s", outcome.lastLog()).isZero();
        assertThat(table).as("table %s after %d kills\n%s", WINDOW_TABLE, KILLS, outcome.lastLog())
                .containsExactlyEntriesOf(expected);
        assertThat(watcher.partialReads()).as("reads of the table that showed part of a batch").isEmpty();
        assertThat(watcher.reads()).as("reads of the table while the jobs ran").isPositive();
    }

    @Test
    void aKafkaToKafkaJobKilledWhileBatchesAreInFlightLosesNothingAndThenTakesBadRecordsInItsStride()
            throws Exception {
        Random random = new Random(SEED + 1);
        SoftAssertions softly = new SoftAssertions();
        killedKafkaToKafkaRuns(random, softly);
        // The same checkpoint: this run reads only the records written after the killed runs.
        poisonPillRun(random, softly);
        softly.assertAll();
    }

    private void killedKafkaToKafkaRuns(Random random, SoftAssertions softly) throws Exception {
        List<Event> events = Event.inOrder("k", EVENTS, START, STEP, random);
        topics.create(CLICKS);
        List<byte[]> values = events.stream().map(event -> event.value(true)).toList();

        KilledRuns.Outcome outcome = new KilledRuns(kafkaKafka, clicksJobArgs(), clicksCheckpoints().resolve(CLICKS),
                CLICKS, WORK.resolve("kafka-kafka-logs")).run(KILLS, values, topics, CLICKS, random);
        Map<String, Integer> written = countByKey(topics.readAll(CLICKS_RESULTS));
        Set<String> ids = new HashSet<>(events.stream().map(Event::id).toList());
        long lost = ids.stream().filter(id -> !written.containsKey(id)).count();
        long duplicated = written.values().stream().mapToInt(copies -> copies - 1).sum();
        System.out.printf("Reliability: kafka-kafka: %d kills (%d mid-batch), %d restarts, %d events, %d lost,"
                        + " %d duplicated (at-least-once: records a replayed batch wrote again)%n",
                outcome.kills(), outcome.killsMidBatch(), outcome.restarts(), events.size(), lost, duplicated);

        softly.assertThat(outcome.lastExitCode()).as("exit code of the last run\n%s", outcome.lastLog()).isZero();
        softly.assertThat(written.keySet()).as("keys of the records in %s", CLICKS_RESULTS)
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    private void poisonPillRun(Random random, SoftAssertions softly) throws Exception {
        List<Event> good = Event.inOrder("p", 970, START.plus(Duration.ofHours(1)), STEP, random);
        PoisonPill input = PoisonPill.among(good, 10, random);
        topics.send(CLICKS, input.values());

        List<String> jobArgs = new ArrayList<>(clicksJobArgs());
        jobArgs.add("--until-done");
        JobProcess job = JobProcess.start(kafkaKafka.jobCommand(jobArgs), kafkaKafka.dir(),
                WORK.resolve("kafka-kafka-logs").resolve("poison-pill.log"));
        int exitCode = job.awaitExit(Duration.ofMinutes(2));

        Map<String, Integer> written = countByKey(topics.readAll(CLICKS_RESULTS));
        long goodInSink = input.goodIds().stream().filter(written::containsKey).count();
        long badInSink = input.badIds().stream().filter(written::containsKey).count();
        Map<Long, ByteBuffer> source = new HashMap<>();
        topics.readAll(CLICKS).forEach(record -> source.put(record.offset(), ByteBuffer.wrap(record.value())));
        Set<ByteBuffer> deadLetters = new HashSet<>();
        List<String> withoutReason = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> letter : topics.readAll(CLICKS_DEAD_LETTERS)) {
            String origin = header(letter, "dead-letter-origin");
            ByteBuffer value = ByteBuffer.wrap(letter.value());
            // The origin names the source record the letter keeps, byte for byte.
            if (origin.startsWith(CLICKS + "/0/")
                    && value.equals(source.get(Long.parseLong(origin.substring((CLICKS + "/0/").length()))))) {
                deadLetters.add(value);
            }
            if (header(letter, "dead-letter-reason").isBlank()) {
                withoutReason.add(origin);
            }
        }
        long badInDeadLetters = input.badValues().stream().filter(deadLetters::contains).count();
        // Each micro-batch's progress line counts the bad records among its input.
        Pattern badInBatch = Pattern.compile("ProgressLogger: " + CLICKS + ": batch \\d+, \\d+ input rows \\((\\d+) bad\\)");
        long badCounted = badInBatch.matcher(job.output()).results()
                .mapToLong(bad -> Long.parseLong(bad.group(1)))
                .sum();
        long unaccounted = input.values().size() - goodInSink - badInDeadLetters;
        System.out.printf("Reliability: poison-pill: %d records, %d good in sink, %d in dead letters"
                        + " (%d malformed, %d wrong-typed, %d not UTF-8), %d unaccounted, %d bad in sink%n",
                input.values().size(), goodInSink, badInDeadLetters, input.perKind(), input.perKind(),
                input.perKind(), unaccounted, badInSink);

        softly.assertThat(exitCode).as("exit code of the run\n%s", job.tail()).isZero();
        softly.assertThat(goodInSink).as("good records in %s", CLICKS_RESULTS).isEqualTo(input.goodIds().size());
        softly.assertThat(badInSink).as("bad records in %s", CLICKS_RESULTS).isZero();
        softly.assertThat(badInDeadLetters).as("bad records in %s", CLICKS_DEAD_LETTERS)
                .isEqualTo(input.badValues().size());
        softly.assertThat(unaccounted).as("records neither in the sink nor in dead letters").isZero();
        softly.assertThat(withoutReason).as("dead letters without a reason").isEmpty();
        softly.assertThat(badCounted).as("bad records counted in the progress lines\n%s", job.tail())
                .isEqualTo(input.badValues().size());
    }

    private List<String> clicksJobArgs() {
        return List.of("--kafka-bootstrap-servers", services.bootstrapServers(),
                "--checkpoint-root", clicksCheckpoints().toString(), "--shuffle-partitions", "2");
    }

    private static Path clicksCheckpoints() {
        return WORK.resolve("kafka-kafka-checkpoints");
    }

    /** How many records carry each key (the event's id). */
    private static Map<String, Integer> countByKey(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, Integer> counts = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            counts.merge(new String(record.key(), StandardCharsets.UTF_8), 1, Integer::sum);
        }
        return counts;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
