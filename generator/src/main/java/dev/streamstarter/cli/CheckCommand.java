package dev.streamstarter.cli;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.check.InvalidSpecException;
import java.io.PrintStream;
import picocli.CommandLine.ParseResult;

/** {@code check}: validates choices and prints what would be generated and its warnings. */
final class CheckCommand {

    private final Generator generator;
    private final Catalog catalog;
    private final ProblemPrinter printer;
    private final PrintStream out;

    CheckCommand(Generator generator, Catalog catalog, ProblemPrinter printer, PrintStream out) {
        this.generator = generator;
        this.catalog = catalog;
        this.printer = printer;
        this.out = out;
    }

    int run(ParseResult command) throws SpecInputException, InvalidSpecException {
        CheckedProject project = generator.check(ChoicesReader.read(catalog, command));
        for (CheckedPipeline pipeline : project.pipelines()) {
            var spec = pipeline.spec();
            out.println("ok: pipeline '" + spec.name() + "': " + spec.source().type() + " -> "
                    + spec.pattern().type() + " -> " + spec.sink().type() + ", trigger "
                    + spec.trigger().type() + ", output mode " + pipeline.outputMode()
                    + (spec.outputMode().equals("auto") ? " (auto)" : ""));
        }
        printer.followedDefaults(project.followedDefaults());
        printer.warnings(project.warnings());
        return ExitCode.OK;
    }
}
