package dev.streamstarter.fuzz;

/** Writes a value as a YAML scalar in one of the ways a person might. */
final class YamlText {

    enum Style { PLAIN, SINGLE, DOUBLE, LITERAL }

    private YamlText() {}

    /** The scalar in this style, for a line indented by {@code indent} spaces. */
    static String scalar(String value, Style style, int indent) {
        return switch (style) {
            case PLAIN -> value;
            case SINGLE -> "'" + value.replace("'", "''") + "'";
            case DOUBLE -> doubleQuoted(value);
            case LITERAL -> "|-\n" + " ".repeat(indent + 2) + value.replace("\n", "\n" + " ".repeat(indent + 2));
        };
    }

    /** A double-quoted scalar that holds any string, YAML escapes for what is not printable. */
    static String doubleQuoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfeff
                            || Character.getType(c) == Character.SURROGATE) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
