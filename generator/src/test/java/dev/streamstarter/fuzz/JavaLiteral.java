package dev.streamstarter.fuzz;

/**
 * A string as a Java expression that makes it exactly, for failure messages one can paste into a
 * test: escapes for what is not printable ASCII, and {@code "x".repeat(n)} for long runs.
 */
final class JavaLiteral {

    private static final int RUN = 16;

    private JavaLiteral() {}

    static String of(String value) {
        StringBuilder expression = new StringBuilder("\"");
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int end = i;
            while (end < value.length() && value.charAt(end) == c) {
                end++;
            }
            if (end - i >= RUN) {
                expression.append("\" + \"").append(escaped(c)).append("\".repeat(").append(end - i).append(") + \"");
                i = end;
            } else {
                expression.append(escaped(c));
                i++;
            }
        }
        return expression.append('"').toString().replace(" + \"\"", "").replace("\"\" + ", "");
    }

    private static String escaped(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        };
    }
}
