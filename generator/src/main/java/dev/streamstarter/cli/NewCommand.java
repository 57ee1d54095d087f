package dev.streamstarter.cli;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.model.ProjectFacts;
import dev.streamstarter.model.TemplateModel;
import dev.streamstarter.render.TargetNotWritableException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/**
 * {@code new DIR}: checks the choices, then writes the whole project at once; with {@code --force},
 * updates the generated project already in DIR, as {@code update} does, keeping your work.
 */
final class NewCommand {

    private final Generator generator;
    private final Catalog catalog;
    private final ProblemPrinter printer;
    private final PrintStream out;
    private final BufferedReader in;
    private final boolean terminal;

    NewCommand(Generator generator, Catalog catalog, ProblemPrinter printer, PrintStream out,
            BufferedReader in, boolean terminal) {
        this.generator = generator;
        this.catalog = catalog;
        this.printer = printer;
        this.out = out;
        this.in = in;
        this.terminal = terminal;
    }

    /**
     * The guided mode, where asked for (--interactive), or in a terminal when no choice is given
     * (no flag, no --spec) and --batch does not say otherwise.
     */
    private Optional<Interview> interview(ParseResult command) {
        boolean noChoices = CommandSpecs.flatChoices(catalog, command).isEmpty() && !command.hasMatchedOption("--spec");
        boolean guided = command.hasMatchedOption("--interactive")
                || (terminal && noChoices && !command.hasMatchedOption("--batch"));
        return guided ? Optional.of(new Interview(catalog, in, out, terminal)) : Optional.empty();
    }

    int run(ParseResult command)
            throws SpecInputException, InvalidSpecException, TargetNotWritableException, IOException {
        if (command.matchedPositional(0) == null) {
            throw new SpecInputException("new: name the folder to create, e.g. stream-starter new my-job");
        }
        Path target = ChoicesReader.folder((String) command.matchedPositional(0).getValue());
        long start = System.nanoTime();
        Generator.Result result = generator.generate(ChoicesReader.read(catalog, command, interview(command)), target,
                command.hasMatchedOption("--force"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.update().isPresent()) {
            UpdateCommand.print(result.update().get(), target, out);
        } else {
            out.println("generated " + target + " (" + result.fileCount() + " files, "
                    + result.project().pipelines().size() + " pipeline(s)) in " + millis + " ms");
        }
        printer.followedDefaults(result.project().followedDefaults());
        printer.warnings(result.project().warnings());
        out.println("run it:  cd " + target + " && "
                + TemplateModel.runCommand(ProjectFacts.flags(result.project(), catalog)));
        out.println("test it: cd " + target + " && mvn -B verify");
        return ExitCode.OK;
    }
}
