package dev.streamstarter.agreement;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.spec.SchemaDdl;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the harness must add for a source: choices that make the default pattern parameters valid
 * for the rows the source produces, and a running input with the job arguments that reach it.
 * File sources need neither (their sample files are copied for every source).
 */
interface SourceFixture {

    /** Choices on top of the catalog defaults for combinations reading from this source. */
    Map<String, String> choices(Catalog catalog);

    /** Starts the input for one run, given the lines of the pipeline's rendered sample data. */
    Input open(List<String> sampleLines) throws IOException;

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
            default -> Optional.empty();
        };
    }

    /** Input files in a folder: the sample files are all it needs. */
    final class Files implements SourceFixture {

        @Override
        public Map<String, String> choices(Catalog catalog) {
            return Map.of();
        }

        @Override
        public Input open(List<String> sampleLines) {
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
        public Map<String, String> choices(Catalog catalog) {
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
        public Input open(List<String> sampleLines) throws IOException {
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
        public Map<String, String> choices(Catalog catalog) {
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
        public Input open(List<String> sampleLines) {
            return new Files().open(sampleLines);
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
