package dev.streamstarter.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.check.SpecChecker;
import dev.streamstarter.spec.FlatOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The coverage projects (built with {@code mvn verify} by the coverage module) hold every pair of
 * option values that some accepted combination of the option space holds.
 */
class CoverageSpecsCoverEveryPairTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Generator GENERATOR = new Generator(CATALOG);

    @Test
    void theCoverageProjectsHoldEveryPairOfOptionValuesThatCanBeCombined() throws Exception {
        Set<String> needed = new TreeSet<>();
        accepted().values().forEach(needed::addAll);
        Set<String> held = new TreeSet<>();
        for (CheckedPipeline pipeline : CoverageSpecs.pipelines(GENERATOR)) {
            held.addAll(PairCoverage.pairs(pipeline.facts()));
        }

        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(held);
        System.out.printf("Coverage: %d pairs of option values can be combined; the coverage projects hold %d%n",
                needed.size(), needed.size() - missing.size());
        assertThat(missing).as("pairs no coverage project holds (regenerate with -Dcoverage.write=true)").isEmpty();
    }

    /** Writes coverage/specs/ afresh: a greedy pairwise cover of the accepted combinations. */
    @Test
    void writeCoverageSpecs() throws Exception {
        assumeTrue(Boolean.getBoolean("coverage.write"), "run with -Dcoverage.write=true to rewrite the specs");
        Map<Combination, Set<String>> candidates = accepted();
        Set<String> uncovered = new TreeSet<>();
        candidates.values().forEach(uncovered::addAll);
        List<Combination> chosen = new ArrayList<>();
        while (!uncovered.isEmpty()) {
            Combination best = null;
            int gain = 0;
            for (Map.Entry<Combination, Set<String>> candidate : candidates.entrySet()) {
                int covers = (int) candidate.getValue().stream().filter(uncovered::contains).count();
                if (covers > gain) {
                    best = candidate.getKey();
                    gain = covers;
                }
            }
            chosen.add(best);
            uncovered.removeAll(candidates.get(best));
        }
        dropRedundant(chosen, candidates);
        CoverageSpecWriter.write(CATALOG, chosen, CoverageSpecs.FOLDER);
        System.out.printf("Coverage: wrote %d pipelines%n", chosen.size());
    }

    /**
     * Drops each chosen combination whose pairs the others all hold, latest chosen (least gain)
     * first: the greedy cover's early picks often come to hold what a later pick was taken for, and
     * every pipeline dropped is a pipeline fewer to build and test.
     */
    private static void dropRedundant(List<Combination> chosen, Map<Combination, Set<String>> candidates) {
        Map<String, Integer> holders = new HashMap<>();
        chosen.forEach(c -> candidates.get(c).forEach(pair -> holders.merge(pair, 1, Integer::sum)));
        for (int i = chosen.size() - 1; i >= 0; i--) {
            Set<String> pairs = candidates.get(chosen.get(i));
            if (pairs.stream().allMatch(pair -> holders.get(pair) > 1)) {
                pairs.forEach(pair -> holders.merge(pair, -1, Integer::sum));
                chosen.remove(i);
            }
        }
    }

    /** Accepted combinations of the option space, with the pairs each holds. */
    private static Map<Combination, Set<String>> accepted() {
        Map<Combination, Set<String>> accepted = new LinkedHashMap<>();
        for (Combination combination : OptionSpace.full(CATALOG).combinations()) {
            try {
                SpecChecker.Assessment assessment = GENERATOR.assess(FlatOptions.read(CATALOG, combination.choices()));
                if (assessment.ruleErrors().isEmpty()) {
                    accepted.put(combination, PairCoverage.pairs(assessment.project().pipelines().get(0).facts()));
                }
            } catch (InvalidSpecException e) {
                // Not part of the space: the option values themselves are invalid.
            }
        }
        return accepted;
    }
}
