package dev.streamstarter.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes {@code new} with choices given as option flags and as spec files (fixed seeds, so every
 * build tries the same cases); {@link GenerationChecks} says what must hold for each.
 */
class GeneratorFuzzTest {

    private static final Path WORK = Path.of("target/fuzz");
    private static final FuzzFigures FIGURES = new FuzzFigures();
    private static GenerationChecks checks;

    @BeforeContainer
    static void start() throws IOException {
        ProjectTree.delete(WORK);
        Files.createDirectories(WORK);
        checks = new GenerationChecks(WORK, FIGURES);
    }

    @AfterContainer
    static void report() throws IOException {
        System.out.println(FIGURES.summary());
        ProjectTree.delete(WORK);
        // A fuzzer whose cases are all refused (or all accepted) proves little: say so when the
        // whole run (both properties) happened.
        if (FIGURES.tried.get() >= 1_000 && (FIGURES.accepted.get() < 100 || FIGURES.refused.get() < 100
                || FIGURES.compiledProjects.get() < GenerationChecks.COMPILED_PROJECTS)) {
            throw new AssertionError("the fuzz cases no longer reach both sides: " + FIGURES.summary());
        }
    }

    // 1,050 cases in all, about 45 s on two cores. No edge cases: jqwik's edge cases of these
    // flat-mapped arbitraries took minutes to build and are not the inputs that matter here.
    @Property(tries = 650, seed = "20261203", edgeCases = EdgeCasesMode.NONE)
    void optionFlagsGenerateAProjectOrAreRefusedCleanly(@ForAll("optionFlags") List<String> options) throws IOException {
        checks.newProject(options);
    }

    @Property(tries = 400, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
    void specFilesGenerateAProjectOrAreRefusedCleanly(@ForAll("specFiles") String spec) throws IOException {
        checks.newProjectFromSpec(spec);
    }

    @Provide
    Arbitrary<List<String>> optionFlags() {
        return CliArguments.options();
    }

    @Provide
    Arbitrary<String> specFiles() {
        return SpecFiles.any();
    }
}
