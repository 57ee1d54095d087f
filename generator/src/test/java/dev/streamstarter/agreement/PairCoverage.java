package dev.streamstarter.agreement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs of option values a pipeline covers: for every two of the dimensions below, the pair of
 * values it has. A set of projects covers the space pairwise when it holds every pair that some
 * accepted combination holds.
 */
final class PairCoverage {

    /** The facts paired: the choices that decide what code and which Spark operators a pipeline gets. */
    static final List<String> DIMENSIONS =
            List.of("source", "pattern", "sink", "trigger", "outputMode", "watermark", "joinType", "database");

    private PairCoverage() {}

    /** The pairs of one pipeline's facts, as {@code dim=value & dim=value}. */
    static Set<String> pairs(Map<String, List<String>> facts) {
        Set<String> pairs = new TreeSet<>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            for (int j = i + 1; j < DIMENSIONS.size(); j++) {
                List<String> left = facts.get(DIMENSIONS.get(i));
                List<String> right = facts.get(DIMENSIONS.get(j));
                if (left != null && right != null) {
                    pairs.add(DIMENSIONS.get(i) + "=" + left.get(0) + " & " + DIMENSIONS.get(j) + "=" + right.get(0));
                }
            }
        }
        return pairs;
    }
}
