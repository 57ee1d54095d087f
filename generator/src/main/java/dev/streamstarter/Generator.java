package dev.streamstarter;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.check.SpecChecker;
import dev.streamstarter.render.ProjectRenderer;
import dev.streamstarter.render.ProjectUpdate;
import dev.streamstarter.render.ProjectWriter;
import dev.streamstarter.render.TargetNotWritableException;
import dev.streamstarter.spec.RawSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The generator's one entry point for every front end: check choices, then render and write. */
public final class Generator {

    private final SpecChecker checker;
    private final ProjectRenderer renderer;

    public Generator(Catalog catalog) {
        this.checker = new SpecChecker(catalog);
        this.renderer = new ProjectRenderer(catalog);
    }

    /** A generator over the catalog shipped with it. */
    public static Generator standard() {
        return new Generator(Catalog.standard());
    }

    /** Checks choices without writing anything. */
    public CheckedProject check(RawSpec raw) throws InvalidSpecException {
        return checker.check(raw);
    }

    /**
     * Checks, renders in memory, then writes the whole project at once; with {@code force}, a
     * generated project already there is updated instead, keeping your work (ProjectUpdate).
     */
    public Result generate(RawSpec raw, Path target, boolean force)
            throws InvalidSpecException, TargetNotWritableException, IOException {
        CheckedProject project = checker.check(raw);
        Map<String, byte[]> files = renderer.render(project);
        if (force && ProjectUpdate.isGeneratedProject(target)) {
            return new Result(project, files.size(), Optional.of(ProjectUpdate.apply(files, target)));
        }
        ProjectWriter.write(files, target, force);
        return new Result(project, files.size(), Optional.empty());
    }

    /** Checks, renders in memory, then brings the generated project in {@code target} up to it. */
    public Result update(RawSpec raw, Path target)
            throws InvalidSpecException, TargetNotWritableException, IOException {
        CheckedProject project = checker.check(raw);
        Map<String, byte[]> files = renderer.render(project);
        return new Result(project, files.size(), Optional.of(ProjectUpdate.apply(files, target)));
    }

    /** Renders a project in memory (for comparisons), writing nothing. */
    public Map<String, byte[]> render(RawSpec raw) throws InvalidSpecException {
        return renderer.render(checker.check(raw));
    }

    /** Checks option values and reports rule errors without refusing them (test harnesses). */
    public SpecChecker.Assessment assess(RawSpec raw) throws InvalidSpecException {
        return checker.assess(raw);
    }

    /** Renders a checked project in memory, even one whose rules failed (test harnesses). */
    public Map<String, byte[]> render(CheckedProject project) {
        return renderer.render(project);
    }

    /** Renders only the templates whose path {@code wanted} accepts, and sample data (test harnesses). */
    public Map<String, byte[]> render(CheckedProject project, Predicate<String> wanted) {
        return renderer.render(project, wanted);
    }

    /** What a generation produced; an update's report where it updated a project. */
    public record Result(CheckedProject project, int fileCount, Optional<ProjectUpdate.Report> update) {}
}
