package dev.streamstarter.check;

import java.util.stream.Collectors;

/** User values as error lines quote them: one error is one line, whatever the value holds. */
public final class Printable {

    private static final int MAX_LENGTH = 80;

    private Printable() {}

    /** The value with its control characters as Java escapes, cut to 80 characters. */
    public static String oneLine(String value) {
        String oneLine = value.codePoints()
                .mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c))
                .collect(Collectors.joining());
        return oneLine.length() > MAX_LENGTH ? oneLine.substring(0, MAX_LENGTH - 3) + "..." : oneLine;
    }
}
