package dev.streamstarter.model.code;

/** Java source literals for user text: any input becomes one safe, ASCII-only string literal. */
public final class JavaLiterals {

    private JavaLiterals() {}

    /**
     * A quoted Java string literal. Backslashes are doubled first, which also disarms text such
     * as {@code \u0022} that javac would otherwise read as a Unicode escape before lexing.
     */
    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append((char) c);
                    } else {
                        for (char unit : Character.toChars(c)) {
                            out.append(String.format("\\u%04x", (int) unit));
                        }
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** A long as a Java literal: plain within int range, with an L suffix beyond (else it does not compile). */
    public static String number(long value) {
        return value == (int) value ? Long.toString(value) : value + "L";
    }
}
