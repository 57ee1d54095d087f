package dev.streamstarter.model.sample;

import dev.streamstarter.spec.SchemaDdl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lines a pipeline's bad-records test feeds its source: one good record in the schema, and one of
 * each kind of bad record the format can hold, each with words its reason must contain.
 *
 * @param good a record that fits the schema
 * @param bad records that do not
 */
public record BadLines(String good, List<Bad> bad) {

    /** The value put where the schema wants a number, a time or a boolean. */
    static final String MISFIT = "not-a-value";

    /**
     * One bad record.
     *
     * @param line its text
     * @param reason words its reason holds
     * @param notUtf8 whether its bytes are a 0xFF byte followed by the line (text cannot hold them)
     */
    public record Bad(String line, String reason, boolean notUtf8) {}

    /** The lines of {@code format} (json or csv) records with this schema (a Spark DDL string). */
    public static BadLines of(String schema, String format) {
        List<SchemaDdl.Column> columns = SchemaDdl.parse(schema);
        boolean csv = format.equals("csv");
        String good = row(columns, csv, Optional.empty());
        List<Bad> bad = new ArrayList<>();
        if (csv) {
            String expected = "not " + columns.size() + " comma-separated values";
            if (columns.size() > 1) {
                bad.add(new Bad(good.substring(0, good.lastIndexOf(',')), expected, false));
            }
            bad.add(new Bad(good + ",extra", expected, false));
        } else {
            bad.add(new Bad(good.substring(0, good.length() - 1), "not a JSON object", false));
        }
        columns.stream()
                .filter(column -> !column.type().equals("STRING"))
                .findFirst()
                .ifPresent(column -> bad.add(new Bad(
                        row(columns, csv, Optional.of(column)),
                        column.name() + " '" + MISFIT + "' is not a",
                        false)));
        bad.add(new Bad(good, "holds bytes that are not UTF-8", true));
        return new BadLines(good, List.copyOf(bad));
    }

    /** The first sample row, with {@link #MISFIT} as the value of one column if given. */
    private static String row(List<SchemaDdl.Column> columns, boolean csv, Optional<SchemaDdl.Column> misfit) {
        List<String> fields = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            SchemaDdl.Column column = columns.get(j);
            boolean wrong = misfit.filter(column::equals).isPresent();
            String value = wrong ? MISFIT : SampleData.value(column, 0, j);
            if (csv) {
                fields.add(value);
            } else {
                String json = wrong ? "\"" + MISFIT + "\"" : SampleData.quoted(column, value);
                fields.add("\"" + column.name() + "\":" + json);
            }
        }
        return csv ? String.join(",", fields) : "{" + String.join(",", fields) + "}";
    }
}
