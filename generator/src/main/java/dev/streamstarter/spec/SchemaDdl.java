package dev.streamstarter.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Spark's DDL schema syntax the generator accepts: {@code name TYPE, ...} with flat
 * column types, so that it can also synthesise sample rows for the schema.
 */
public final class SchemaDdl {

    /** Spark type names accepted in a schema, in upper case. */
    public static final List<String> TYPES = List.of(
            "STRING", "INT", "INTEGER", "BIGINT", "LONG", "SMALLINT", "TINYINT",
            "DOUBLE", "FLOAT", "BOOLEAN", "TIMESTAMP", "DATE");

    private static final Pattern COLUMN = Pattern.compile("([A-Za-z_][A-Za-z0-9_]{0,127})\\s+([A-Za-z]+)");

    private SchemaDdl() {}

    /** One column of a schema. */
    public record Column(String name, String type) {}

    /** Parses a schema; throws {@link IllegalArgumentException} naming the bad part. */
    public static List<Column> parse(String ddl) {
        String problem = problem(ddl);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return columns(ddl);
    }

    /** Why a schema is not accepted, or null when it is. */
    public static String problem(String ddl) {
        if (ddl.isBlank()) {
            return "the schema is empty";
        }
        if (ddl.codePoints().anyMatch(Character::isISOControl)) {
            return "the schema must be one line";
        }
        Set<String> seen = new HashSet<>();
        for (String part : ddl.split(",", -1)) {
            Matcher matcher = COLUMN.matcher(part.strip());
            if (!matcher.matches()) {
                return "'" + part.strip() + "' is not 'name TYPE'";
            }
            String type = matcher.group(2).toUpperCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                return "column '" + matcher.group(1) + "' has type '" + matcher.group(2)
                        + "'; allowed types: " + String.join(", ", TYPES);
            }
            if (!seen.add(matcher.group(1).toLowerCase(Locale.ROOT))) {
                return "column '" + matcher.group(1) + "' appears twice";
            }
        }
        return null;
    }

    private static List<Column> columns(String ddl) {
        List<Column> columns = new ArrayList<>();
        for (String part : ddl.split(",")) {
            Matcher matcher = COLUMN.matcher(part.strip());
            if (matcher.matches()) {
                columns.add(new Column(matcher.group(1), matcher.group(2).toUpperCase(Locale.ROOT)));
            }
        }
        return List.copyOf(columns);
    }
}
