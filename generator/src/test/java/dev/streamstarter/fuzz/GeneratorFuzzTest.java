package dev.streamstarter.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes {@code new} with choices given as option flags and as spec files, from a fixed seed so
 * that every build tries the same cases ({@link FuzzSettings}); {@link GenerationChecks} says what
 * must hold for each. One test that loops over the cases, on a thread per core: a thousand JUnit
 * tests would cost more than the cases, and one core leaves the run well over CI's budget.
 */
class GeneratorFuzzTest {

    private static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());
    /** Failures printed in full; the others are listed by case number. */
    private static final int SHOWN_FAILURES = 5;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyCaseMakesAProjectThatReadsBackOrIsRefusedWithAnErrorLineAndNothingWritten(@TempDir Path work)
            throws Exception {
        FuzzSettings settings = FuzzSettings.fromSystemProperties();
        FuzzFigures figures = new FuzzFigures();
        GenerationChecks checks = new GenerationChecks(work, figures);
        Map<Integer, String> failures = new ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = settings.caseNumbers()
                    .<Future<?>>mapToObj(number -> pool.submit(() -> run(settings.seed(), number, checks, figures, failures)))
                    .toList();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(figures.summary(settings.seed()));
        System.out.println(figures.details(THREADS));

        if (!failures.isEmpty()) {
            fail(failures.size() + " failing cases of seed " + settings.seed() + ": " + failures.keySet() + "\n\n"
                    + String.join("\n\n", failures.values().stream().limit(SHOWN_FAILURES).toList()));
        }
        if (settings.isWholeRun()) {
            // A fuzzer whose cases are all refused (or all accepted) proves little.
            String summary = figures.summary(settings.seed());
            assertThat(figures.accepted.get()).as("accepted; %s", summary).isGreaterThan(settings.cases() / 5);
            assertThat(figures.refused.get()).as("refused; %s", summary).isGreaterThan(settings.cases() / 5);
            assertThat(figures.compiled.get()).as("compiled; %s", summary).isGreaterThanOrEqualTo(5);
        }
    }

    /** Every case runs, so that one build lists every failing case. */
    private static void run(long seed, int number, GenerationChecks checks, FuzzFigures figures,
            Map<Integer, String> failures) {
        FuzzCase fuzzCase = FuzzCases.make(seed, number);
        figures.cases.incrementAndGet();
        try {
            checks.check(fuzzCase);
        } catch (AssertionError | IOException | RuntimeException | StackOverflowError e) {
            figures.failures.incrementAndGet();
            failures.put(number, fuzzCase.reproducer() + "\n" + explained(e));
        }
    }

    private static String explained(Throwable e) {
        if (e instanceof AssertionError) {
            return e.getMessage();
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return "the case threw (Main.run or the checks): " + trace;
    }
}
