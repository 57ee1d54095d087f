package dev.streamstarter.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.RuleDef;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.check.Problem;
import dev.streamstarter.check.SpecChecker;
import dev.streamstarter.spec.Names;
import dev.streamstarter.spec.FlatOptions;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog's rules say exactly what Spark says: over the whole option space, the generator
 * accepts a combination if and only if Spark starts the query the generator writes for it.
 * Kafka sources and sinks run against one real broker and JDBC sinks against one real PostgreSQL,
 * each started for the whole run ({@link Services}).
 *
 * <p>A few error rules guard a requirement of the generated code, not of Spark; Spark would start
 * those queries, so it cannot judge them ({@link #OWN_RULES}). The option space works around them
 * and {@link #theGeneratorsOwnRulesRejectExactlyWhatTheHarnessWorksAround} checks them instead.
 */
class RulesAgreeWithSparkTest {

    /** Error rules that are the generator's own, with why Spark is not asked about them. */
    static final Map<String, String> OWN_RULES = Map.of(
            "jdbc-needs-upsert-keys", "the JDBC sink upserts by key columns, so that a replayed batch adds no"
                    + " duplicates; Spark itself runs a foreachBatch sink whatever it does with the rows",
            "cassandra-needs-primary-key", "the Cassandra sink's table needs a primary key of result columns;"
                    + " Spark itself runs a foreachBatch sink whatever it does with the rows");

    private static final Catalog CATALOG = Catalog.standard();
    private static final Generator GENERATOR = new Generator(CATALOG);
    private static final String MAIN_JAVA = "src/main/java/";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Queries probed at once: measured best on 2 cores (3: slower, 10: slower, CPU-bound). */
    private static final int PARALLELISM = Integer.getInteger("agreement.parallelism", 6);

    /**
     * A combination the generator checked and rendered.
     *
     * @param program identifies the generated code and input: combinations with the same program
     *     get the same answer from Spark, so only the first of them is started
     */
    private record Case(Combination combination, SpecChecker.Assessment assessment, Map<String, byte[]> files,
            String program) {

        boolean accepted() {
            return assessment.ruleErrors().isEmpty();
        }

        String source() {
            return assessment.project().pipelines().get(0).spec().source().type();
        }

        String sink() {
            return assessment.project().pipelines().get(0).spec().sink().type();
        }

        /** The JDBC sink's database, or empty for other sinks. */
        String database() {
            return assessment.project().pipelines().get(0).spec().sink().database().orElse("");
        }

        /** Whether the query runs in continuous processing, which keeps its task slots busy. */
        boolean continuous() {
            return assessment.project().pipelines().get(0).facts().getOrDefault("trigger", List.of())
                    .contains("continuous");
        }

        String ruleIds() {
            return assessment.ruleErrors().stream().map(Problem::ruleId).collect(Collectors.joining(", "));
        }
    }

    @Test
    void theGeneratorAcceptsExactlyTheCombinationsSparkCanStart(@TempDir Path work) throws Exception {
        long began = System.nanoTime();
        OptionSpace.Enumeration space = OptionSpace.of(CATALOG);
        Map<String, Integer> invalid = new TreeMap<>();
        List<Case> cases = assessAndRender(space, invalid);
        Map<String, Case> programs = new LinkedHashMap<>();
        cases.forEach(c -> programs.putIfAbsent(c.program(), c));
        writeSources(programs.values(), work.resolve("src"));
        long rendered = System.nanoTime();

        Map<String, SparkVerdict> verdicts;
        long compiled;
        try (Services services = new Services()) {
            // The broker and the database start while the programs compile.
            services.startInBackground(
                    programs.values().stream().anyMatch(c -> c.source().equals("kafka") || c.sink().equals("kafka")),
                    programs.values().stream().anyMatch(c -> c.sink().equals("jdbc") && !c.database().equals("mysql")),
                    programs.values().stream().anyMatch(c -> c.sink().equals("jdbc") && c.database().equals("mysql")));
            // What the probe loads, and what that uses; the job's main and the like are left out.
            try (URLClassLoader loader = SourceTreeCompiler.compilePackages(work.resolve("src"), work.resolve("classes"),
                    Runtime.getRuntime().availableProcessors(),
                    file -> file.getFileName().toString().matches("JobConfig\\.java|.*Pipeline\\.java"))) {
                compiled = System.nanoTime();
                verdicts = askSpark(List.copyOf(programs.values()), loader, work.resolve("runs"), services);
            }
        }
        long probed = System.nanoTime();

        Map<String, List<Case>> disagreements = new TreeMap<>();
        for (Case c : cases) {
            SparkVerdict verdict = verdicts.get(c.program());
            String what = null;
            List<String> own = c.assessment().ruleErrors().stream().map(Problem::ruleId)
                    .filter(OWN_RULES::containsKey).distinct().toList();
            if (!own.isEmpty()) {
                what = "rejected by the generator's own rule(s) " + own + ", which Spark cannot judge:"
                        + " the option space must work around them";
            } else if (verdict.outcome() == SparkVerdict.Outcome.UNDECIDED) {
                what = "Spark gave no verdict: " + verdict.message();
            } else if (c.accepted() && !verdict.started()) {
                what = "generator accepts, Spark refuses" + (verdict.inStart() ? " in start(): " : " after start(): ")
                        + verdict.message();
            } else if (!c.accepted() && verdict.started()) {
                what = "generator rejects (" + c.ruleIds() + "), Spark starts it (" + verdict.message() + ")";
            }
            if (what != null) {
                System.out.println("Agreement: DISAGREE " + c.combination().id() + " [" + c.combination().describe()
                        + "]: " + what);
                disagreements.computeIfAbsent(normalised(what), key -> new ArrayList<>()).add(c);
            }
        }

        report(space, invalid, cases, verdicts, disagreements, new long[] {began, rendered, compiled, probed});
        assertThat(disagreements.entrySet().stream().map(RulesAgreeWithSparkTest::group).toList())
                .as("combinations where the catalog rules and Spark disagree (each printed above as 'Agreement: DISAGREE')")
                .isEmpty();
    }

    @Test
    void aRejectedCombinationNamesTheRulesThatRejectIt() {
        Set<String> errorRules = CATALOG.rules().stream()
                .filter(rule -> rule.severity() == RuleDef.Severity.ERROR)
                .map(RuleDef::id)
                .collect(Collectors.toSet());
        List<Problem> errors = OptionSpace.of(CATALOG).combinations().stream()
                .map(RulesAgreeWithSparkTest::assessOrNull)
                .filter(assessment -> assessment != null && !assessment.ruleErrors().isEmpty())
                .flatMap(assessment -> assessment.ruleErrors().stream())
                .toList();

        assertThat(errors).as("the space holds combinations the rules reject").isNotEmpty();
        assertThat(errors).allSatisfy(error -> {
            assertThat(error.ruleId()).isIn(errorRules);
            assertThat(error.message()).isNotBlank();
        });
    }

    /**
     * Where the option space sets a sink's key columns (upsert keys of a JDBC sink, the primary key
     * of a Cassandra sink) because the pattern has none, leaving them out makes the generator refuse
     * the combination with that sink's rule ({@code jdbc-needs-upsert-keys},
     * {@code cassandra-needs-primary-key}), and for no other new reason. Every crossed value is
     * checked: this asks the generator only, not Spark.
     */
    @Test
    void theGeneratorsOwnRulesRejectExactlyWhatTheHarnessWorksAround() {
        Map<String, String> keysOption = Map.of("jdbc", OptionSpace.UPSERT_KEYS, "cassandra", OptionSpace.CASSANDRA_PRIMARY_KEY);
        Map<String, String> keysRule = Map.of("jdbc", "jdbc-needs-upsert-keys", "cassandra", "cassandra-needs-primary-key");
        Map<String, Integer> checked = new TreeMap<>();
        for (Combination combination : OptionSpace.full(CATALOG).combinations()) {
            String sink = combination.choices().get("sink");
            if (!keysOption.containsKey(sink) || !combination.choices().containsKey(keysOption.get(sink))) {
                continue;
            }
            Map<String, String> withoutKeys = new LinkedHashMap<>(combination.choices());
            withoutKeys.remove(keysOption.get(sink));
            SpecChecker.Assessment with = assessOrNull(combination);
            SpecChecker.Assessment without = assessOrNull(new Combination(combination.id(), withoutKeys));
            assertThat(with).as(combination.describe()).isNotNull();
            assertThat(without).as(combination.describe()).isNotNull();
            Set<String> expected = new TreeSet<>(ruleIds(with));
            expected.add(keysRule.get(sink));
            assertThat(ruleIds(without)).as(combination.describe() + " without " + keysOption.get(sink))
                    .isEqualTo(expected);
            checked.merge(sink, 1, Integer::sum);
        }
        assertThat(checked).as("JDBC and Cassandra combinations whose pattern has no keys")
                .containsOnlyKeys("jdbc", "cassandra");
        checked.forEach((sink, n) -> System.out.println("Agreement: own rule " + keysRule.get(sink)
                + " rejects all " + n + " " + sink + " combinations of keyless patterns once their keys are left out"));
    }

    private static Set<String> ruleIds(SpecChecker.Assessment assessment) {
        return assessment.ruleErrors().stream().map(Problem::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Case> assessAndRender(OptionSpace.Enumeration space, Map<String, Integer> invalid)
            throws Exception {
        List<Case> cases = new ArrayList<>();
        for (Combination combination : space.combinations()) {
            SpecChecker.Assessment assessment;
            try {
                assessment = GENERATOR.assess(FlatOptions.read(CATALOG, combination.choices()));
            } catch (InvalidSpecException e) {
                invalid.merge(e.getMessage(), 1, Integer::sum);
                continue;
            }
            // The probe needs the job's code and sample data only: its tests and docs are not rendered.
            Map<String, byte[]> files = GENERATOR.render(assessment.project(), path -> path.startsWith(MAIN_JAVA));
            cases.add(new Case(combination, assessment, files, program(combination, files)));
        }
        return cases;
    }

    /** A digest of the code and input Spark sees, with the combination's own names taken out. */
    private static String program(Combination combination, Map<String, byte[]> files) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        new TreeMap<>(files).forEach((path, content) -> {
            if (path.startsWith(MAIN_JAVA) || path.startsWith("data/")) {
                String text = path + "\n" + new String(content, StandardCharsets.UTF_8);
                digest.update(text.replace(Names.className(combination.pipelineName()), "Q####")
                        .replace(combination.pipelineName(), "q####")
                        .replace(combination.id(), "c####")
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void writeSources(Iterable<Case> cases, Path sources) throws Exception {
        for (Case c : cases) {
            for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
                if (file.getKey().startsWith(MAIN_JAVA)) {
                    Path target = sources.resolve(file.getKey().substring(MAIN_JAVA.length()));
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            }
        }
    }

    /**
     * Starts each program's query in one shared session, a few at a time; program to verdict.
     * Continuous queries hold their task slots for as long as they run, so they go alone, last.
     */
    private static Map<String, SparkVerdict> askSpark(List<Case> programs, ClassLoader loader, Path runs,
            Services services) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Spark's executor loads task classes (e.g. a foreach writer) through the loader current
        // when the session starts.
        thread.setContextClassLoader(loader);
        SparkSession spark = LocalSpark.session();
        try {
            SparkProbe probe = new SparkProbe(spark, loader, PATIENCE, services);
            Map<String, SparkVerdict> verdicts = new LinkedHashMap<>();
            verdicts.putAll(probeAll(probe, programs.stream().filter(c -> !c.continuous()).toList(), PARALLELISM,
                    loader, runs));
            long began = System.nanoTime();
            List<Case> continuous = programs.stream().filter(Case::continuous).toList();
            verdicts.putAll(probeAll(probe, continuous, 1, loader, runs));
            System.out.printf("Agreement: %d continuous queries (one at a time) took %.1f s%n", continuous.size(),
                    seconds(System.nanoTime() - began));
            return verdicts;
        } finally {
            spark.stop();
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<String, SparkVerdict> probeAll(SparkProbe probe, List<Case> programs, int parallelism,
            ClassLoader loader, Path runs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            Map<String, Future<SparkVerdict>> pending = new LinkedHashMap<>();
            for (Case c : programs) {
                pending.put(c.program(), pool.submit(() -> {
                    Thread.currentThread().setContextClassLoader(loader);
                    return probe.probe(c.combination(), c.source(), c.sink(), c.files(),
                            runs.resolve(c.combination().id()));
                }));
            }
            Map<String, SparkVerdict> verdicts = new LinkedHashMap<>();
            for (Map.Entry<String, Future<SparkVerdict>> entry : pending.entrySet()) {
                verdicts.put(entry.getKey(), entry.getValue().get());
            }
            return verdicts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SpecChecker.Assessment assessOrNull(Combination combination) {
        try {
            return GENERATOR.assess(FlatOptions.read(CATALOG, combination.choices()));
        } catch (InvalidSpecException e) {
            return null;
        }
    }

    /** The same disagreement for different combinations reads the same: ids and numbers go. */
    private static String normalised(String what) {
        return what.replaceAll("[#@]\\w+|\\b[cCqQ]\\d{4}\\b|\\d+(\\.\\d+)?", "N");
    }

    private static String group(Map.Entry<String, List<Case>> disagreement) {
        List<Case> cases = disagreement.getValue();
        return cases.size() + "x " + disagreement.getKey() + "\n      e.g. " + cases.get(0).combination().id() + " ["
                + cases.get(0).combination().describe() + "]\n      all: "
                + cases.stream().map(c -> c.combination().id()).collect(Collectors.joining(" "));
    }

    private static void report(OptionSpace.Enumeration space, Map<String, Integer> invalid, List<Case> cases,
            Map<String, SparkVerdict> verdicts, Map<String, List<Case>> disagreements, long[] times) {
        String prefix = "Agreement: ";
        System.out.println(prefix + "crossed " + space.crossed() + ", sampled " + space.sampled()
                + ", event time none or watermarked (on and off the keys where the pattern has keys)");
        space.skipped().forEach((why, n) -> System.out.println(prefix + "skipped " + n + ": " + why));
        invalid.forEach((why, n) -> System.out.println(prefix + "invalid " + n + ": " + why));
        Map<String, Long> refusals = verdicts.values().stream()
                .filter(v -> v.outcome() == SparkVerdict.Outcome.REFUSED)
                .collect(Collectors.groupingBy(v -> (v.inStart() ? "in start(): " : "after start(): ")
                        + normalised(v.message()),
                        TreeMap::new, Collectors.counting()));
        refusals.forEach((message, n) -> System.out.println(prefix + "Spark refused " + n + " programs " + message));
        System.out.printf("%sSpark refused %d in start(), %d after start(); started %d; no verdict %d%n", prefix,
                count(verdicts, SparkVerdict.Outcome.REFUSED, true), count(verdicts, SparkVerdict.Outcome.REFUSED, false),
                count(verdicts, SparkVerdict.Outcome.STARTED, false), count(verdicts, SparkVerdict.Outcome.UNDECIDED, false));
        System.out.printf("%stimes: assess+render %.1f s, compile %.1f s (%d programs), Spark %.1f s"
                        + " (%d queries, %d at a time, %.0f ms each)%n", prefix,
                seconds(times[1] - times[0]), seconds(times[2] - times[1]), verdicts.size(),
                seconds(times[3] - times[2]), verdicts.size(), PARALLELISM,
                (times[3] - times[2]) / 1e6 / Math.max(1, verdicts.size()));
        Map<String, String> sources = new TreeMap<>();
        Map<String, String> sinks = new TreeMap<>();
        cases.forEach(c -> sources.putIfAbsent(c.program(), "source " + c.source()));
        cases.forEach(c -> sinks.putIfAbsent(c.program(), "sink " + c.sink()));
        for (Map<String, String> by : List.of(sources, sinks)) {
            verdicts.entrySet().stream()
                    .collect(Collectors.groupingBy(e -> e.getValue().outcome() + (e.getValue().outcome()
                            == SparkVerdict.Outcome.REFUSED ? (e.getValue().inStart() ? " in start()" : " after start()")
                            : "") + ", " + by.get(e.getKey()), TreeMap::new,
                            Collectors.summarizingLong(e -> e.getValue().millis())))
                    .forEach((kind, stats) -> System.out.printf("%s%s: %d queries, %.0f ms mean, %d ms max%n", prefix,
                            kind, stats.getCount(), stats.getAverage(), stats.getMax()));
        }
        int disagreeing = disagreements.values().stream().mapToInt(List::size).sum();
        long accepted = cases.stream().filter(Case::accepted).count();
        System.out.printf("%scombinations %d, accepted %d, rejected %d, disagreements %d"
                        + " (skipped %d, invalid %d; %d distinct programs started)%n", prefix,
                cases.size(), accepted, cases.size() - accepted, disagreeing,
                space.skippedCount(), invalid.values().stream().mapToInt(Integer::intValue).sum(), verdicts.size());
    }

    private static long count(Map<String, SparkVerdict> verdicts, SparkVerdict.Outcome outcome, boolean inStart) {
        return verdicts.values().stream()
                .filter(v -> v.outcome() == outcome && (outcome != SparkVerdict.Outcome.REFUSED || v.inStart() == inStart))
                .count();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
