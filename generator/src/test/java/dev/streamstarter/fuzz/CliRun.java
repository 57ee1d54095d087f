package dev.streamstarter.fuzz;

import dev.streamstarter.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of the CLI and what it printed. */
record CliRun(List<String> arguments, int exitCode, String out, String err) {

    static CliRun of(List<String> arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), arguments.toArray(String[]::new));
        return new CliRun(List.copyOf(arguments), code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    String firstErrorLine() {
        return err.lines().findFirst().orElse("");
    }

    /** The run for a failure message: arguments escaped, outputs cut to a readable length. */
    String describe() {
        return "arguments " + arguments.stream().map(CliRun::shown).toList() + "\nexit " + exitCode
                + "\nstdout: " + cut(out) + "\nstderr: " + cut(err);
    }

    private static String shown(String argument) {
        String escaped = argument.codePoints().collect(StringBuilder::new, (text, c) -> {
            if (c < 0x20 || c > 0x7e) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.appendCodePoint(c);
            }
        }, StringBuilder::append).toString();
        return cut(escaped);
    }

    private static String cut(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "... (" + text.length() + " chars)";
    }
}
