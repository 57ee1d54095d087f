package dev.streamstarter.cli;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.render.TargetNotWritableException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The {@code stream-starter} command. Exit codes: 0 success, 2 invalid input (the first line of
 * stderr names the option, the value and what is allowed), 1 any other failure.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // A console: both ends are a terminal, where new with no choices asks for them.
        System.exit(run(System.in, System.console() != null, System.out, System.err, args));
    }

    /** Runs the command with the given streams, no answers to read, and returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(InputStream.nullInputStream(), false, out, err, args);
    }

    /**
     * Runs the command and returns the exit code; {@code in} holds the answers of the guided mode,
     * which is the default in a {@code terminal}.
     */
    public static int run(InputStream in, boolean terminal, PrintStream out, PrintStream err, String... args) {
        Catalog catalog;
        try {
            catalog = Catalog.standard();
        } catch (RuntimeException e) {
            err.println("error: the catalog shipped with stream-starter is broken: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        CommandLine commandLine = CommandSpecs.commandLine(catalog);
        // '--filter @/etc/hostname' is a filter, not a file to read arguments from.
        commandLine.setExpandAtFiles(false);
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: stream-starter new DIR [options] | update DIR | check [options] | list [--json]; see --help");
            return ExitCode.USAGE;
        }
        if (CommandLine.printHelpIfRequested(parsed.asCommandLineList(), out, err, CommandLine.Help.Ansi.OFF)) {
            return ExitCode.OK;
        }
        if (!parsed.hasSubcommand()) {
            err.println("error: name a command: new, update, check or list");
            commandLine.usage(err, CommandLine.Help.Ansi.OFF);
            return ExitCode.USAGE;
        }
        ParseResult command = parsed.subcommand();
        Generator generator = new Generator(catalog);
        ProblemPrinter printer = new ProblemPrinter(out, err);
        try {
            return switch (command.commandSpec().name()) {
                case "new" -> new NewCommand(generator, catalog, printer, out,
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), terminal).run(command);
                case "update" -> new UpdateCommand(generator, catalog, printer, out).run(command);
                case "check" -> new CheckCommand(generator, catalog, printer, out).run(command);
                default -> new ListCommand(catalog, out).run(command);
            };
        } catch (InvalidSpecException e) {
            printer.errors(e.problems());
            if (command.commandSpec().name().equals("new")) {
                err.println("nothing was written");
            } else if (command.commandSpec().name().equals("update")) {
                err.println("nothing was changed");
            }
            return ExitCode.USAGE;
        } catch (SpecInputException | TargetNotWritableException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("error: generation failed: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (RuntimeException e) {
            // A bug of ours: the trace is what a report needs.
            err.println("error: generation failed: " + e);
            e.printStackTrace(err);
            return ExitCode.FAILURE;
        }
    }
}
