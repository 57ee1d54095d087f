package dev.streamstarter.fuzz;

import dev.streamstarter.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** One in-process run of the CLI and what it printed. */
record CliRun(List<String> arguments, int exitCode, String out, String err) {

    /** A Java stack trace or an exception's name where a message to a person belongs. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s*at [\\w$.<>/]+\\(|\\tat |^Caused by: "
            + "|Exception in thread|^\\s*[\\w$]+(\\.[\\w$]+)*(Exception|Error)\\b|java\\.lang\\.\\w*(Exception|Error)\\b");

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

    boolean printedAStackTrace() {
        return STACK_TRACE.matcher(out).find() || STACK_TRACE.matcher(err).find();
    }

    boolean askedForHelp() {
        return arguments.contains("--help") || arguments.contains("-h");
    }

    /** The run for a failure message: exit code and outputs, cut to a readable length. */
    String describe() {
        return "exit " + exitCode + "\nstdout: " + cut(out) + "\nstderr: " + cut(err);
    }

    private static String cut(String text) {
        return text.length() <= 3_000 ? text : text.substring(0, 3_000) + "... (" + text.length() + " chars)";
    }
}
