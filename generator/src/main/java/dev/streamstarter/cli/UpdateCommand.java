package dev.streamstarter.cli;

import dev.streamstarter.Generator;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.model.ProjectFacts;
import dev.streamstarter.model.TemplateModel;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.render.FileManifest;
import dev.streamstarter.render.ProjectRenderer;
import dev.streamstarter.render.ProjectUpdate;
import dev.streamstarter.render.TargetNotWritableException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ParseResult;

/**
 * {@code update DIR}: generates the project in DIR again from its recorded spec (or {@code --spec}),
 * keeping every file you wrote or changed (ProjectUpdate), and reports what it did.
 */
final class UpdateCommand {

    private final Generator generator;
    private final Catalog catalog;
    private final ProblemPrinter printer;
    private final PrintStream out;

    UpdateCommand(Generator generator, Catalog catalog, ProblemPrinter printer, PrintStream out) {
        this.generator = generator;
        this.catalog = catalog;
        this.printer = printer;
        this.out = out;
    }

    int run(ParseResult command)
            throws SpecInputException, InvalidSpecException, TargetNotWritableException, IOException {
        String folder = (String) command.matchedPositional(0).getValue();
        Path target = ChoicesReader.folder(folder);
        if (!ProjectUpdate.isGeneratedProject(target)) {
            throw new SpecInputException("update: '" + folder + "' is not a generated project (it has no "
                    + ProjectRenderer.SPEC_FILE + "); generate one with: stream-starter new " + folder);
        }
        String spec = command.hasMatchedOption("--spec")
                ? command.matchedOptionValue("--spec", "")
                : target.resolve(ProjectRenderer.SPEC_FILE).toString();
        Generator.Result result = generator.update(ChoicesReader.specFile(spec), target);
        print(result.update().orElseThrow(), target, out);
        printer.followedDefaults(result.project().followedDefaults());
        printer.warnings(result.project().warnings());
        out.println("run it:  cd " + target + " && "
                + TemplateModel.runCommand(ProjectFacts.flags(result.project(), catalog)));
        return ExitCode.OK;
    }

    /** What an update did: the counts, each path it changed, and each conflict with what to do. */
    static void print(ProjectUpdate.Report report, Path target, PrintStream out) {
        out.println("updated " + target + ": " + report.added().size() + " added, " + report.updated().size()
                + " updated, " + report.removed().size() + " removed, " + report.unchanged() + " unchanged, "
                + report.conflicts().size() + " conflict(s)");
        list("added", report.added(), out);
        list("updated", report.updated(), out);
        list("removed", report.removed(), out);
        for (String path : report.conflicts()) {
            out.println("conflict: " + path + ": you changed it; the new version is beside it, in "
                    + Path.of(path).getFileName() + ProjectUpdate.NEW_VERSION_SUFFIX
                    + ": merge what you need, then delete that file");
        }
        for (String path : report.kept()) {
            out.println("kept: " + path + ": you changed it, and it is no longer generated; delete it if you do not need it");
        }
        if (!report.recorded()) {
            out.println("note: " + target + " had no record of what was generated (" + FileManifest.FILE
                    + "; made by an earlier stream-starter), so every file that differs counted as yours; it has one now");
        }
    }

    private static void list(String what, List<String> paths, PrintStream out) {
        paths.forEach(path -> out.println("  " + what + " " + path));
    }
}
