package dev.streamstarter.catalog;

import dev.streamstarter.spec.SchemaDdl;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a value of an option is checked. Each kind accepts a closed syntax, so that no accepted
 * value can break the Java, XML, YAML or Markdown it is rendered into, nor leave the target folder.
 */
public enum ValueKind {
    ENUM("one of the listed values"),
    MAVEN_ID("letters, digits, '.', '_' and '-' (at most 100)"),
    MAVEN_VERSION("letters, digits, '.', '_' and '-' (at most 50), e.g. 1.0.0-SNAPSHOT"),
    JAVA_PACKAGE("lower-case Java identifiers separated by '.', no Java keywords, e.g. com.example.app"),
    NAME("lower-case letters, digits and single '-', starting with a letter (at most 40), e.g. word-count"),
    POSITIVE_INT("a whole number from 1 to 1000000"),
    HOST("a host name or IPv4 address, e.g. 127.0.0.1"),
    PORT("a port number from 1 to 65535"),
    DDL("a Spark DDL schema 'name TYPE, ...' (see the schema section of `stream-starter list`)"),
    SQL("one line of Spark SQL (at most 500 characters, no control characters)"),
    SQL_LIST("Spark SQL expressions separated by ';', each one line"),
    COLUMN("a column name: a letter or '_' followed by letters, digits or '_', or empty"),
    COLUMN_LIST("column names separated by ';'"),
    JOIN_KEYS("join keys separated by ';', each a column both sides have or 'streamColumn = otherColumn'"),
    DURATION("a number and a unit, e.g. '500 milliseconds', '1 second', '10 minutes'"),
    DELAY("'none' or a number and a unit, e.g. '10 minutes'"),
    KAFKA_SERVERS("host:port pairs separated by ',', e.g. 127.0.0.1:9092,broker-2:9092"),
    HOST_PORT("a host name or IPv4 address and a port, e.g. 127.0.0.1:9042"),
    KAFKA_TOPIC("letters, digits, '.', '_' and '-' (at most 249), e.g. events"),
    TOPIC_PATTERN("a Java regular expression on one line (at most 200 characters), e.g. events-.*"),
    TABLE("a lower-case SQL name: a letter or '_' followed by letters, digits or '_' (at most 63)"),
    TIME_ZONE("a time zone ID, e.g. UTC, Asia/Seoul or +09:00"),
    SPARK_CONF("Spark settings 'spark.key=value' separated by ';', e.g. spark.sql.streaming.metricsEnabled=true");

    private static final Pattern MAVEN_ID_SYNTAX = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final Pattern MAVEN_VERSION_SYNTAX = Pattern.compile("[A-Za-z0-9_.-]{1,50}");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern NAME_SYNTAX = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern HOST_SYNTAX =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*");
    private static final Pattern COLUMN_SYNTAX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final Pattern JOIN_KEY_SYNTAX =
            Pattern.compile(" *[A-Za-z_][A-Za-z0-9_]{0,127} *(= *[A-Za-z_][A-Za-z0-9_]{0,127} *)?");
    private static final Pattern KAFKA_SERVER_SYNTAX = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*:[0-9]{1,5}");
    private static final Pattern KAFKA_TOPIC_SYNTAX = Pattern.compile("[A-Za-z0-9._-]{1,249}");
    private static final Pattern SPARK_CONF_SYNTAX = Pattern.compile("spark\\.[A-Za-z0-9_.-]{1,200}=.{1,500}");
    private static final Pattern TABLE_SYNTAX = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern DURATION_SYNTAX = Pattern.compile(
            "[1-9][0-9]{0,8} (millisecond|second|minute|hour|day)s?");
    private static final Set<String> JAVA_KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
            "const", "continue", "default", "do", "double", "else", "enum", "extends", "false",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof",
            "int", "interface", "long", "native", "new", "null", "package", "private", "protected",
            "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized",
            "this", "throw", "throws", "transient", "true", "try", "void", "volatile", "while",
            "var", "record", "yield", "sealed", "permits", "non-sealed", "_");

    private final String allowed;

    ValueKind(String allowed) {
        this.allowed = allowed;
    }

    /** Parses the catalog spelling, e.g. {@code sql-list}. */
    public static ValueKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** What values of this kind look like, for error messages. */
    public String allowed() {
        return allowed;
    }

    /** Whether values are lists, separated by ';' in flat form. */
    public boolean isList() {
        return this == SQL_LIST || this == COLUMN_LIST || this == JOIN_KEYS || this == SPARK_CONF;
    }

    /** Whether one (list element) value is acceptable; enumerations are checked by the caller. */
    public boolean accepts(String value) {
        return switch (this) {
            case ENUM -> true;
            case MAVEN_ID -> MAVEN_ID_SYNTAX.matcher(value).matches();
            case MAVEN_VERSION -> MAVEN_VERSION_SYNTAX.matcher(value).matches();
            case JAVA_PACKAGE -> isJavaPackage(value);
            case NAME -> value.length() <= 40 && NAME_SYNTAX.matcher(value).matches();
            case POSITIVE_INT -> isIntBetween(value, 1, 1_000_000);
            case HOST -> value.length() <= 253 && HOST_SYNTAX.matcher(value).matches();
            case PORT -> isIntBetween(value, 1, 65_535);
            case DDL -> SchemaDdl.problem(value) == null;
            case SQL, SQL_LIST -> isOneLineOfSql(value);
            case COLUMN, COLUMN_LIST -> value.isEmpty() || COLUMN_SYNTAX.matcher(value).matches();
            case JOIN_KEYS -> value.isEmpty() || JOIN_KEY_SYNTAX.matcher(value).matches();
            case DURATION -> DURATION_SYNTAX.matcher(value).matches();
            case DELAY -> value.equals("none") || DURATION_SYNTAX.matcher(value).matches();
            case KAFKA_SERVERS -> isServerList(value);
            case HOST_PORT -> isServer(value);
            case KAFKA_TOPIC -> KAFKA_TOPIC_SYNTAX.matcher(value).matches() && !value.matches("\\.+");
            case TOPIC_PATTERN -> isOneLineRegex(value);
            case TABLE -> TABLE_SYNTAX.matcher(value).matches();
            case TIME_ZONE -> isTimeZone(value);
            case SPARK_CONF -> SPARK_CONF_SYNTAX.matcher(value).matches()
                    && value.codePoints().noneMatch(Character::isISOControl);
        };
    }

    private static boolean isJavaPackage(String value) {
        if (value.isEmpty() || value.length() > 200) {
            return false;
        }
        for (String part : value.split("\\.", -1)) {
            if (!IDENTIFIER.matcher(part).matches() || JAVA_KEYWORDS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIntBetween(String value, int min, int max) {
        if (!value.matches("[0-9]{1,7}")) {
            return false;
        }
        int number = Integer.parseInt(value);
        return number >= min && number <= max;
    }

    private static boolean isTimeZone(String value) {
        if (value.length() > 60 || !value.matches("[A-Za-z0-9/_+:-]+")) {
            return false;
        }
        try {
            ZoneId.of(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isServerList(String value) {
        if (value.isEmpty() || value.length() > 1000) {
            return false;
        }
        for (String server : value.split(",", -1)) {
            if (!isServer(server)) {
                return false;
            }
        }
        return true;
    }

    /** One {@code host:port}. */
    private static boolean isServer(String value) {
        return value.length() <= 260 && KAFKA_SERVER_SYNTAX.matcher(value).matches()
                && isIntBetween(value.substring(value.lastIndexOf(':') + 1), 1, 65_535);
    }

    private static boolean isOneLineRegex(String value) {
        if (value.isEmpty() || value.length() > 200 || value.codePoints().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            Pattern.compile(value);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static boolean isOneLineOfSql(String value) {
        return !value.isBlank()
                && value.length() <= 500
                && value.codePoints().noneMatch(Character::isISOControl);
    }
}
