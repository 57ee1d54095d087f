package dev.streamstarter.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one case and asserts what must hold for any input: exit 0 or 2, never a stack trace; on 2
 * an error line first and nothing written, not even the folders above DIR; on 0 Java that parses,
 * a recorded spec that regenerates the same bytes elsewhere, and (for a sample) code that compiles.
 */
final class GenerationChecks {

    /** Cases whose number is a multiple of this compile their project when it is accepted. */
    static final int COMPILE_EVERY = 40;

    private final Path work;
    private final FuzzFigures figures;

    GenerationChecks(Path work, FuzzFigures figures) {
        this.work = work;
        this.figures = figures;
    }

    /** Runs the case in a fresh folder of its own, and deletes it after; cases may run at once. */
    void check(FuzzCase fuzzCase) throws IOException {
        Path folder = Files.createDirectories(work.resolve("case-" + fuzzCase.number()));
        Path specFile = work.resolve("case-" + fuzzCase.number() + ".yaml");
        Path target = folder.resolve("made/for").resolve(fuzzCase.folderName());
        List<String> arguments = new ArrayList<>(List.of("new", target.toString()));
        if (fuzzCase.hasSpec()) {
            // As bytes: an unpaired surrogate becomes '?', as any editor would write it.
            Files.write(specFile, fuzzCase.spec().getBytes(fuzzCase.specCharset()));
            arguments.addAll(List.of("--spec", specFile.toString()));
        }
        arguments.addAll(fuzzCase.options());
        try {
            CliRun run = timed(arguments);
            check(fuzzCase, run, folder, target);
        } finally {
            ProjectTree.delete(folder);
            Files.deleteIfExists(specFile);
        }
    }

    private void check(FuzzCase fuzzCase, CliRun run, Path folder, Path target) throws IOException {
        assertThat(run.exitCode()).as("exit code; %s", run.describe()).isIn(0, 2);
        assertThat(run.printedAStackTrace()).as("a stack trace printed; %s", run.describe()).isFalse();
        if (run.exitCode() == 2) {
            assertThat(run.firstErrorLine()).as("first line of stderr; %s", run.describe()).startsWith("error:");
            assertThat(children(folder)).as("what a refused run left in the case's folder (DIR is made/for/...); %s",
                    run.describe()).isEmpty();
            figures.refused.incrementAndGet();
            return;
        }
        if (children(folder).isEmpty() && run.askedForHelp()) {
            assertThat(run.out()).as("help; %s", run.describe()).startsWith("Usage:");
            figures.helpPrinted.incrementAndGet();
            return;
        }
        assertThat(children(folder)).as("what an accepted run left in the case's folder; %s", run.describe())
                .containsExactly("made");
        assertThat(children(target.getParent())).as("what an accepted run left beside DIR (no staging folder); %s",
                run.describe()).containsExactly(fuzzCase.folderName());
        ProjectTree tree = ProjectTree.read(target);
        assertThat(tree.files()).as("files of the project; %s", run.describe()).containsKey("stream-starter.yaml");
        long start = System.nanoTime();
        List<String> syntaxErrors = JavaSyntax.errors(tree.javaSources());
        figures.parseNanos.addAndGet(System.nanoTime() - start);
        assertThat(syntaxErrors).as("Java syntax errors of the project; %s", run.describe()).isEmpty();
        figures.javaFilesParsed.addAndGet(tree.javaSources().size());
        if (fuzzCase.number() % COMPILE_EVERY == 0) {
            compile(tree, fuzzCase.number(), run);
        }
        regenerate(tree, target, fuzzCase.number());
        figures.accepted.incrementAndGet();
    }

    /** The recorded spec, given back under another folder name elsewhere, makes the same bytes. */
    private void regenerate(ProjectTree tree, Path target, int number) throws IOException {
        Path folder = work.resolve("again-" + number);
        Path other = folder.resolve("elsewhere").resolve("other-" + number);
        try {
            CliRun again = timed(List.of("new", other.toString(), "--spec", target.resolve("stream-starter.yaml").toString()));
            assertThat(again.exitCode()).as("exit code of the project made again from its stream-starter.yaml; %s",
                    again.describe()).isZero();
            assertThat(again.printedAStackTrace()).as("a stack trace printed making the project again; %s",
                    again.describe()).isFalse();
            ProjectTree second = ProjectTree.read(other);
            assertThat(tree.differences(second)).as("files that differ when the project is made again from its"
                    + " stream-starter.yaml; the recorded spec:\n%s", recordedSpec(tree)).isEmpty();
        } finally {
            ProjectTree.delete(folder);
        }
    }

    /** Main and test sources compile, unless the project has a Cassandra sink (connector not on the classpath). */
    private void compile(ProjectTree tree, int number, CliRun run) throws IOException {
        Map<String, byte[]> sources = tree.javaSources();
        if (sources.values().stream().anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("com.datastax"))) {
            figures.compileSkipped.incrementAndGet();
            return;
        }
        Path classes = work.resolve("classes-" + number);
        try {
            long start = System.nanoTime();
            List<String> errors = JavaCompilation.errors(sources, classes);
            figures.compileNanos.addAndGet(System.nanoTime() - start);
            assertThat(errors).as("compile errors of the project; %s", run.describe()).isEmpty();
            figures.compiled.incrementAndGet();
        } finally {
            ProjectTree.delete(classes);
        }
    }

    private CliRun timed(List<String> arguments) {
        long start = System.nanoTime();
        try {
            return CliRun.of(arguments);
        } finally {
            figures.cliNanos.addAndGet(System.nanoTime() - start);
        }
    }

    private static String recordedSpec(ProjectTree tree) {
        return new String(tree.files().get("stream-starter.yaml"), StandardCharsets.UTF_8);
    }

    /** The names in a folder (none if it does not exist), sorted. */
    private static List<String> children(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
