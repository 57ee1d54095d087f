package dev.streamstarter.agreement;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.spec.SchemaDdl;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the harness must add for a source: choices that make the default pattern parameters valid
 * for the rows the source produces (and keep each pipeline's input apart), and a running input
 * with the job arguments that reach it. File sources need neither (their sample files are copied
 * for every source).
 */
interface SourceFixture {

    /** Choices on top of the catalog defaults for the pipeline of that name reading from this source. */
    Map<String, String> choices(Catalog catalog, String pipelineName);

    /**
     * Starts the input for one run of a combination, given the lines of the pipeline's rendered
     * sample data and the services of the test run.
     */
    Input open(Combination combination, List<String> sampleLines, Services services) throws IOException;

    /** A running input: job arguments that point the query to it; closing it stops it. */
    interface Input extends AutoCloseable {

        List<String> jobArgs();

        @Override
        void close() throws IOException;
    }

    /** The fixture for a source value, if the harness knows how to feed that source. */
    static Optional<SourceFixture> forSource(String source) {
        return switch (source) {
            case "file" -> Optional.of(new Files());
            case "socket" -> Optional.of(new Socket());
            case "rate" -> Optional.of(new Rate());
            case "kafka" -> Optional.of(new Kafka());
            default -> Optional.empty();
        };
    }

    /** Input files in a folder: the sample files are all it needs. */
    final class Files implements SourceFixture {

        @Override
        public Map<String, String> choices(Catalog catalog, String pipelineName) {
            return Map.of();
        }

        @Override
        public Input open(Combination combination, List<String> sampleLines, Services services) {
            return new Input() {
                @Override
                public List<String> jobArgs() {
                    return List.of();
                }

                @Override
                public void close() {}
            };
        }
    }

    /**
     * Text lines from a local server. The rows have one column {@code value STRING}, so a select
     * derives the columns of the default file schema from it; pattern defaults then fit.
     */
    final class Socket implements SourceFixture {

        @Override
        public Map<String, String> choices(Catalog catalog, String pipelineName) {
            return Map.of("select", defaultColumnsFrom(catalog, Socket::fromLine));
        }

        /** Constant times, not current_timestamp(): continuous processing refuses the latter. */
        private static String fromLine(SchemaDdl.Column column) {
            return switch (column.type().toUpperCase(Locale.ROOT)) {
                case "STRING" -> "value";
                case "TIMESTAMP" -> "TIMESTAMP '2026-01-01 09:00:00'";
                case "DATE" -> "DATE '2026-01-01'";
                case "BOOLEAN" -> "length(value) > 20";
                default -> "CAST(length(value) AS " + column.type() + ")";
            };
        }

        @Override
        public Input open(Combination combination, List<String> sampleLines, Services services) throws IOException {
            LineServer server = LineServer.serving(sampleLines);
            return new Input() {
                @Override
                public List<String> jobArgs() {
                    return List.of("--socket-host", "127.0.0.1", "--socket-port", String.valueOf(server.port()));
                }

                @Override
                public void close() throws IOException {
                    server.close();
                }
            };
        }
    }

    /** Generated rows {@code timestamp TIMESTAMP, value LONG}: a select derives the default columns. */
    final class Rate implements SourceFixture {

        @Override
        public Map<String, String> choices(Catalog catalog, String pipelineName) {
            return Map.of("select", defaultColumnsFrom(catalog, Rate::fromRow));
        }

        private static String fromRow(SchemaDdl.Column column) {
            return switch (column.type().toUpperCase(Locale.ROOT)) {
                case "STRING" -> "CAST(value % 3 AS STRING)";
                case "TIMESTAMP" -> "timestamp";
                case "DATE" -> "CAST(timestamp AS DATE)";
                case "BOOLEAN" -> "value % 2 = 0";
                default -> "CAST(value AS " + column.type() + ")";
            };
        }

        @Override
        public Input open(Combination combination, List<String> sampleLines, Services services) {
            return new Files().open(combination, sampleLines, services);
        }
    }

    /**
     * JSON records of a Kafka topic of the test run's broker; the source parses them with the
     * default schema, so pattern defaults fit. Each pipeline reads a topic of its own, named after
     * it, so that probes running at once never see each other's records: the fixture creates it
     * and writes the sample lines into it. A query starting at the latest offsets sees only what
     * is written after it started, so for those the lines are written again and again until the
     * run ends.
     */
    final class Kafka implements SourceFixture {

        static final String TOPIC = "sourceTopic";
        private static final Duration REWRITE_EVERY = Duration.ofMillis(500);

        @Override
        public Map<String, String> choices(Catalog catalog, String pipelineName) {
            return Map.of(TOPIC, pipelineName);
        }

        @Override
        public Input open(Combination combination, List<String> sampleLines, Services services) {
            KafkaBroker broker = services.kafka();
            String topic = combination.choices().get(TOPIC);
            List<String> records = sampleLines.stream().filter(line -> !line.isBlank()).toList();
            broker.createTopic(topic, 1);
            broker.send(topic, records);
            Thread writer = null;
            if ("latest".equals(combination.choices().get("startingOffsets"))) {
                writer = new Thread(() -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            Thread.sleep(REWRITE_EVERY.toMillis());
                            broker.send(topic, records);
                        }
                    } catch (InterruptedException | IllegalStateException stopped) {
                        // The run is over (or the broker closed): stop writing.
                    }
                }, "kafka-writer-" + topic);
                writer.setDaemon(true);
                writer.start();
            }
            Thread running = writer;
            List<String> args = services.kafkaArgs();
            return new Input() {
                @Override
                public List<String> jobArgs() {
                    return args;
                }

                @Override
                public void close() {
                    if (running != null) {
                        running.interrupt();
                        try {
                            running.join(Duration.ofSeconds(10).toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            };
        }
    }

    /** Select expressions producing the columns of the catalog's default schema, each from an expression. */
    static String defaultColumnsFrom(Catalog catalog, java.util.function.Function<SchemaDdl.Column, String> expression) {
        String schema = catalog.option("schema").orElseThrow().defaultValue();
        return SchemaDdl.parse(schema).stream()
                .map(column -> expression.apply(column) + " AS " + column.name())
                .collect(Collectors.joining("; "));
    }
}
