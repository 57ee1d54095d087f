package dev.streamstarter.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.agreement.SourceTreeCompiler;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Runs {@code new DIR ...} and asserts what must hold for any input: exit 0 or 2, an error line
 * first on 2, never a stack trace, nothing written on failure; and for an accepted project Java
 * that parses, a spec that regenerates the same bytes, and (for a few) code that compiles.
 */
final class GenerationChecks {

    /** Projects whose main and test sources are compiled against the test classpath. */
    static final int COMPILED_PROJECTS = 5;

    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s*at [\\w$.]+\\(|Exception in thread|java\\.lang\\.\\w*(Exception|Error)\\b|\\tat ");

    /** Folder names for DIR: the fuzzed choices decide a project, its folder name must not matter. */
    private static final List<String> FOLDER_NAMES = List.of("p", "my job", "proj-é", "日本", "a'b", "x.y");

    private final Path work;
    private final FuzzFigures figures;
    private final Set<Set<String>> compiledShapes = new HashSet<>();
    private int cases;

    GenerationChecks(Path work, FuzzFigures figures) {
        this.work = work;
        this.figures = figures;
    }

    /** {@code new DIR <options>}. */
    void newProject(List<String> options) throws IOException {
        int id = ++cases;
        Path root = work.resolve("case-" + id);
        Path target = root.resolve("made/for").resolve(FOLDER_NAMES.get(id % FOLDER_NAMES.size()));
        List<String> arguments = new ArrayList<>(List.of("new", target.toString()));
        arguments.addAll(options);
        try {
            long t = System.nanoTime();
            CliRun run = CliRun.of(arguments);
            figures.cliNanos.addAndGet(System.nanoTime() - t);
            check(run, root, target, id);
        } finally {
            ProjectTree.delete(root);
        }
    }

    /** {@code new DIR --spec FILE} with this spec text. */
    void newProjectFromSpec(String spec) throws IOException {
        Path file = work.resolve("spec-" + (cases + 1) + ".yaml");
        // As bytes: an unpaired surrogate becomes '?', as any editor would write it.
        Files.write(file, spec.getBytes(StandardCharsets.UTF_8));
        try {
            newProject(List.of("--spec", file.toString()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void check(CliRun run, Path root, Path target, int id) throws IOException {
        figures.tried.incrementAndGet();
        assertThat(run.exitCode()).as("exit code of\n%s", run.describe()).isIn(0, 2);
        assertNoStackTrace(run);
        if (run.exitCode() == 2) {
            figures.refused.incrementAndGet();
            assertThat(run.firstErrorLine()).as("first line of stderr of\n%s", run.describe()).startsWith("error:");
            assertThat(root).as("what a refused run left behind (the target and the folders made for it) of\n%s",
                    run.describe()).doesNotExist();
            return;
        }
        if (!Files.exists(root) && (run.arguments().contains("--help") || run.arguments().contains("-h"))) {
            // Help asked for: printed, and nothing generated.
            assertThat(run.out()).as("help of\n%s", run.describe()).startsWith("Usage:");
            return;
        }
        figures.accepted.incrementAndGet();
        ProjectTree tree = ProjectTree.read(target);
        assertThat(tree.files()).as("files of\n%s", run.describe()).containsKey("stream-starter.yaml");
        Map<String, byte[]> sources = tree.javaSources();
        long t = System.nanoTime();
        List<String> syntaxErrors = JavaSyntax.errors(sources);
        figures.parseNanos.addAndGet(System.nanoTime() - t);
        assertThat(syntaxErrors).as("Java syntax errors of the project of\n%s", run.describe()).isEmpty();
        figures.parsedFiles.addAndGet(sources.size());
        compileSome(tree, run, id);
        replay(tree, target, run, id);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(STACK_TRACE.matcher(run.out()).find()).as("a stack trace on stdout of\n%s", run.describe()).isFalse();
        assertThat(STACK_TRACE.matcher(run.err()).find()).as("a stack trace on stderr of\n%s", run.describe()).isFalse();
    }

    /** The recorded spec, given back under another folder name, makes the same bytes. */
    private void replay(ProjectTree tree, Path target, CliRun run, int id) throws IOException {
        Path root = work.resolve("replay-" + id);
        Path other = root.resolve("elsewhere").resolve("other-" + id);
        try {
            long t = System.nanoTime();
            CliRun again = CliRun.of(List.of("new", other.toString(), "--spec",
                    target.resolve("stream-starter.yaml").toString()));
            figures.cliNanos.addAndGet(System.nanoTime() - t);
            assertThat(again.exitCode()).as("exit code of the replay of\n%s\nreplay:\n%s", run.describe(),
                    again.describe()).isZero();
            assertNoStackTrace(again);
            assertThat(tree.differences(ProjectTree.read(other)))
                    .as("files that differ when the recorded spec of\n%s\nis given back", run.describe()).isEmpty();
            figures.replayedSpecs.incrementAndGet();
        } finally {
            ProjectTree.delete(root);
        }
    }

    /**
     * The first few accepted projects of shapes not compiled yet (shape: which Java files it has)
     * compile, main and test sources. Projects with a Cassandra sink are left out: its connector is
     * not on this module's test classpath.
     */
    private void compileSome(ProjectTree tree, CliRun run, int id) throws IOException {
        Set<String> shape = new TreeSet<>();
        tree.javaSources().keySet().forEach(path -> shape.add(path.substring(path.lastIndexOf('/') + 1)));
        if (figures.compiledProjects.get() >= COMPILED_PROJECTS || shape.stream().anyMatch(f -> f.contains("Cassandra"))
                || !compiledShapes.add(shape)) {
            return;
        }
        Path root = work.resolve("compile-" + id);
        try {
            for (Map.Entry<String, byte[]> source : tree.javaSources().entrySet()) {
                Path path = root.resolve("src").resolve(source.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, source.getValue());
            }
            long t = System.nanoTime();
            try (URLClassLoader ignored = SourceTreeCompiler.compile(root.resolve("src"), root.resolve("classes"))) {
                figures.compiledProjects.incrementAndGet();
                figures.compileNanos.addAndGet(System.nanoTime() - t);
            } catch (AssertionError e) {
                throw new AssertionError("the project of\n" + run.describe() + "\ndoes not compile: " + e.getMessage(), e);
            }
        } finally {
            ProjectTree.delete(root);
        }
    }
}
