package dev.streamstarter.fuzz;

import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Values of one option as they are written on the command line or in a spec: valid ones (the
 * default, every enumerated value, examples of the option's value kind), near-valid ones (a valid
 * value slightly off: case, spaces, a character too many, a bound passed) and hostile strings.
 */
final class OptionValues {

    /** Valid examples per value kind; they fit the default schema (user, action, amount, ts). */
    private static final Map<ValueKind, List<String>> BY_KIND = Map.ofEntries(
            Map.entry(ValueKind.MAVEN_ID, List.of("org.acme", "my-job", "a_b.c-1", "X")),
            Map.entry(ValueKind.MAVEN_VERSION, List.of("1.0.0", "1.10", "0.1.0-SNAPSHOT", "2")),
            Map.entry(ValueKind.JAVA_PACKAGE, List.of("org.acme.job", "a.b_c", "x", "_a.b1")),
            Map.entry(ValueKind.NAME, List.of("word-count", "a1", "clicks", "a-1-b")),
            Map.entry(ValueKind.POSITIVE_INT, List.of("1", "5", "1000000", "0042")),
            Map.entry(ValueKind.HOST, List.of("localhost", "10.0.0.1", "broker-2.example.com")),
            Map.entry(ValueKind.PORT, List.of("1", "9999", "65535")),
            Map.entry(ValueKind.DDL, List.of("user STRING, action STRING, amount DOUBLE, ts TIMESTAMP",
                    "user STRING, action STRING, amount DECIMAL(10,2), ts TIMESTAMP, note STRING",
                    "user STRING, action STRING, amount DOUBLE, ts TIMESTAMP, tags ARRAY<STRING>",
                    "`user` STRING, action STRING, amount DOUBLE, ts TIMESTAMP")),
            Map.entry(ValueKind.SQL, List.of("amount > 1", "action = 'view'", "action <> 'it''s'", "action",
                    "upper(action)", "to_json(struct(*))", "action LIKE '%a\\\\b%'")),
            Map.entry(ValueKind.SQL_LIST, List.of("*", "user; action; amount; ts", "count(*) AS count",
                    "count(*) AS count; sum(amount) AS total", "*, upper(action) AS loud")),
            Map.entry(ValueKind.COLUMN, List.of("ts", "none", "")),
            Map.entry(ValueKind.COLUMN_LIST, List.of("action", "user;action", "user", "none")),
            Map.entry(ValueKind.JOIN_KEYS, List.of("user", "user = user")),
            Map.entry(ValueKind.DURATION, List.of("1 second", "500 milliseconds", "10 minutes", "2 hours", "1 day")),
            Map.entry(ValueKind.DELAY, List.of("none", "10 minutes", "1 second")),
            Map.entry(ValueKind.KAFKA_SERVERS, List.of("127.0.0.1:9092", "a:1,b-2.example:65535")),
            Map.entry(ValueKind.HOST_PORT, List.of("127.0.0.1:9042", "cassandra:9042")),
            Map.entry(ValueKind.KAFKA_TOPIC, List.of("events", "a.b_c-1", "T")),
            Map.entry(ValueKind.TOPIC_PATTERN, List.of("events.*", "ev(en)?ts", "[a-z]+")),
            Map.entry(ValueKind.TABLE, List.of("results", "_t1", "t")),
            Map.entry(ValueKind.TIME_ZONE, List.of("UTC", "Asia/Seoul", "+09:00", "America/Argentina/Buenos_Aires")),
            Map.entry(ValueKind.SPARK_CONF, List.of("spark.sql.streaming.metricsEnabled=true",
                    "spark.a=b;spark.c=d e", "spark.x=it's \"quoted\"")),
            Map.entry(ValueKind.ENUM, List.of()));

    /** Valid examples of options whose kind alone would not make a fitting value. */
    private static final Map<String, List<String>> BY_OPTION = Map.of(
            "otherEventTime", List.of("seen", "none"),
            "otherSelect", List.of("*", "user; plan; seen"),
            "joinTimeRange", List.of("seen BETWEEN ts - INTERVAL 30 MINUTES AND ts", "none"),
            "otherSchema", List.of("user STRING, plan STRING, seen TIMESTAMP"),
            "aggregations", List.of("count(*) AS count", "count(*) AS n; max(amount) AS top"),
            "tableQueries", List.of("SELECT * FROM events", "SELECT count(*) FROM events; SELECT 1"));

    private OptionValues() {}

    /** The valid examples of an option (its default and enumerated values first). */
    static List<String> valid(OptionDef option) {
        Set<String> values = new LinkedHashSet<>();
        if (!option.defaultValue().contains("{")) {
            values.add(option.defaultValue());
        }
        values.addAll(option.valueIds());
        values.addAll(BY_OPTION.getOrDefault(option.id(), BY_KIND.get(option.kind())));
        return List.copyOf(values);
    }

    /** Any value of the option: valid or fuzzed, as often. */
    static String any(Random random, OptionDef option) {
        return random.nextBoolean() ? validOne(random, option) : fuzzed(random, option);
    }

    static String validOne(Random random, OptionDef option) {
        return Picks.one(random, valid(option));
    }

    /** A value that is near-valid (3 in 8), valid with something hostile put in (3 in 8), or hostile. */
    static String fuzzed(Random random, OptionDef option) {
        int roll = random.nextInt(8);
        if (roll < 3) {
            return nearValid(random, option);
        }
        if (roll < 6) {
            return HostileStrings.inserted(random, validOne(random, option));
        }
        return HostileStrings.any(random);
    }

    /** A valid value slightly changed. */
    static String nearValid(Random random, OptionDef option) {
        return Picks.one(random, variants(validOne(random, option)));
    }

    private static List<String> variants(String value) {
        List<String> variants = new ArrayList<>(List.of(
                value.toUpperCase(Locale.ROOT), capitalised(value), " " + value, value + " ", value + "x",
                value + ";", ";" + value, value + ";;" + value, value + "," + value, "-" + value, value + ".",
                value.replace(" ", "  "), value.replace(" ", ""), value.replace('e', 'е') /* Cyrillic e */,
                value + "'", value + "\n", value + "\\"));
        if (!value.isEmpty()) {
            variants.add(value.substring(0, value.length() - 1));
            variants.add(value.substring(1));
        }
        if (value.matches("[0-9]+")) {
            long number = Long.parseLong(value);
            variants.addAll(List.of(String.valueOf(number + 1), String.valueOf(number - 1), "0", "-" + value,
                    "+" + value, value + ".0", "1000001", "65536", String.valueOf(number * 1000)));
        }
        if (value.matches("[0-9]+ [a-z]+")) {
            variants.addAll(List.of("0 " + value.split(" ")[1], value.replace(" ", ""), value + "s",
                    value.split(" ")[0] + " fortnight", "1000000000 seconds", "-" + value));
        }
        return variants;
    }

    private static String capitalised(String value) {
        return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
