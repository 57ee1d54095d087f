package dev.streamstarter.model.sample;

import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SchemaDdl;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small, deterministic sample input for a pipeline, written into the generated project's
 * {@code data/<pipeline>/} so that it runs and tests with no external service. Files are named so
 * that name order is batch order; values repeat so that groups hold several rows. Which of these
 * a pipeline gets is its kinds' choice ({@code KindModel.addSampleFiles}).
 */
public final class SampleData {

    /** Number of input files; with maxFilesPerTrigger 1 each is one micro-batch. */
    static final int FILES = 3;
    static final int ROWS_PER_FILE = 4;

    private static final Instant FIRST_EVENT = Instant.parse("2026-01-01T09:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-01");

    static final List<String> LINES = List.of(
            "the quick brown fox jumps over the lazy dog",
            "a stream is a table that keeps growing",
            "the fox counts words in the stream",
            "every micro batch updates the counts",
            "state grows with every new word");

    private SampleData() {}

    /**
     * Rows of the other side of a join: fewer keys than the stream has, so some stream rows go
     * unmatched, plus one row whose key the stream never has, so that one of its rows does too.
     */
    static final int OTHER_ROWS = 2;
    static final int UNMATCHED = 9;

    /** Record files of a pipeline's input folder, in name order (a file source reads them, a Kafka run seeds them). */
    public static Map<String, String> records(PipelineSpec pipeline, String format) {
        if (!pipeline.sampleInput().files().isEmpty()) {
            return given(inputFolder(pipeline), pipeline.sampleInput().files());
        }
        Map<String, String> files = new LinkedHashMap<>();
        List<SchemaDdl.Column> columns = SchemaDdl.parse(pipeline.schema());
        // Deduplication needs duplicates whatever its keys: each file ends with its first record
        // again, as a source delivers a record twice.
        boolean redelivers = pipeline.pattern().type().equals("deduplication");
        for (int file = 0; file < FILES; file++) {
            int first = file * ROWS_PER_FILE;
            String redelivered = !redelivers ? ""
                    : (format.equals("csv") ? csvRow(columns, first) : jsonRow(columns, columns, first)) + "\n";
            files.put(inputFolder(pipeline) + String.format("part-%04d.%s", file + 1, format),
                    content(columns, format, first, first + ROWS_PER_FILE) + redelivered);
        }
        return files;
    }

    /** The text lines a socket pipeline is fed. */
    public static Map<String, String> lines(PipelineSpec pipeline) {
        if (!pipeline.sampleInput().files().isEmpty()) {
            return given(inputFolder(pipeline), pipeline.sampleInput().files());
        }
        return Map.of(inputFolder(pipeline) + "lines.txt", String.join("\n", LINES) + "\n");
    }

    /** The other side of a join, in the input root's {@code <pipeline>-other} folder. */
    public static Map<String, String> otherSide(PipelineSpec pipeline) {
        if (!pipeline.sampleInput().otherFiles().isEmpty()) {
            return given("data/" + pipeline.name() + "-other/", pipeline.sampleInput().otherFiles());
        }
        var join = pipeline.pattern().join().orElseThrow();
        List<SchemaDdl.Column> columns = SchemaDdl.parse(join.otherSchema());
        // A key named differently on this side takes the values of the stream's key column.
        List<SchemaDdl.Column> valuesOf = columns.stream().map(column -> join.keys().stream()
                .filter(key -> key.other().equalsIgnoreCase(column.name()))
                .findFirst()
                .map(key -> new SchemaDdl.Column(key.stream(), column.type()))
                .orElse(column)).toList();
        return Map.of("data/" + pipeline.name() + "-other/part-0001." + join.otherFormat(),
                content(columns, valuesOf, join.otherFormat(), 0, OTHER_ROWS) + unmatchedRow(columns, join.otherFormat()));
    }

    /** The files the spec gives, each ending with a line break as a text file should. */
    private static Map<String, String> given(String folder, Map<String, String> files) {
        Map<String, String> paths = new LinkedHashMap<>();
        files.forEach((name, content) ->
                paths.put(folder + name, content.isEmpty() || content.endsWith("\n") ? content : content + "\n"));
        return paths;
    }

    private static String inputFolder(PipelineSpec pipeline) {
        return "data/" + pipeline.name() + "/";
    }

    private static String content(List<SchemaDdl.Column> columns, String format, int fromRow, int toRow) {
        return content(columns, columns, format, fromRow, toRow);
    }

    /** Rows of the columns, each column's values made as for the column at the same place in valuesOf. */
    private static String content(List<SchemaDdl.Column> columns, List<SchemaDdl.Column> valuesOf, String format,
            int fromRow, int toRow) {
        StringBuilder content = new StringBuilder();
        if (format.equals("csv")) {
            content.append(String.join(",", columns.stream().map(SchemaDdl.Column::name).toList())).append('\n');
        }
        for (int row = fromRow; row < toRow; row++) {
            content.append(format.equals("csv") ? csvRow(valuesOf, row) : jsonRow(columns, valuesOf, row)).append('\n');
        }
        return content.toString();
    }

    private static String jsonRow(List<SchemaDdl.Column> columns, List<SchemaDdl.Column> valuesOf, int row) {
        List<String> fields = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            SchemaDdl.Column column = columns.get(j);
            fields.add("\"" + column.name() + "\":" + quoted(column, value(valuesOf.get(j), row, j)));
        }
        return "{" + String.join(",", fields) + "}";
    }

    private static String csvRow(List<SchemaDdl.Column> columns, int row) {
        List<String> fields = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            fields.add(value(columns.get(j), row, j));
        }
        return String.join(",", fields);
    }

    private static String unmatchedRow(List<SchemaDdl.Column> columns, String format) {
        List<String> fields = new ArrayList<>();
        for (SchemaDdl.Column column : columns) {
            String value = column.type().equals("STRING")
                    ? column.name().toLowerCase(java.util.Locale.ROOT) + "-" + UNMATCHED
                    : value(column, OTHER_ROWS, 0);
            fields.add(format.equals("csv") ? value : "\"" + column.name() + "\":" + quoted(column, value));
        }
        return (format.equals("csv") ? String.join(",", fields) : "{" + String.join(",", fields) + "}") + "\n";
    }

    static String quoted(SchemaDdl.Column column, String value) {
        boolean text = column.type().equals("STRING") || column.type().equals("TIMESTAMP")
                || column.type().equals("DATE");
        return text ? "\"" + value + "\"" : value;
    }

    /** A value for a column in a row: a few distinct values per column, rising event times. */
    static String value(SchemaDdl.Column column, int row, int index) {
        return switch (column.type()) {
            case "STRING" -> column.name().toLowerCase(java.util.Locale.ROOT) + "-" + ((row + index) % 3 + 1);
            case "INT", "INTEGER", "BIGINT", "LONG", "SMALLINT", "TINYINT" ->
                    String.valueOf((row * 7 + index) % 10 + 1);
            case "DOUBLE", "FLOAT" -> String.valueOf(((row * 13 + index) % 20 + 1) * 1.5);
            case "BOOLEAN" -> String.valueOf(row % 2 == 0);
            case "TIMESTAMP" -> FIRST_EVENT.plusSeconds(150L * row).toString();
            case "DATE" -> FIRST_DAY.plusDays(row / ROWS_PER_FILE).toString();
            default -> throw new IllegalArgumentException("no sample values for type " + column.type());
        };
    }
}
