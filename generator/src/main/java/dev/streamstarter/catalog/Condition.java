package dev.streamstarter.catalog;

import java.util.List;
import java.util.Map;

/**
 * A conjunction of fact tests: every named fact must have one of the listed values; or, where it
 * has alternatives (a list in the catalog: {@code [{source: [file, kafka]}, {pattern: join}]}),
 * any one of them holding does.
 *
 * @param tests fact name to the values that satisfy it; empty matches everything
 * @param alternatives further conjunctions, any of which holding makes the condition hold too
 */
public record Condition(Map<String, List<String>> tests, List<Condition> alternatives) {

    /** A condition that always holds. */
    public static final Condition ALWAYS = new Condition(Map.of());

    public Condition {
        tests = Map.copyOf(tests);
        alternatives = List.copyOf(alternatives);
    }

    public Condition(Map<String, List<String>> tests) {
        this(tests, List.of());
    }

    /** A condition that holds where any of these does. */
    public static Condition anyOf(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return ALWAYS;
        }
        return new Condition(conditions.get(0).tests(), conditions.subList(1, conditions.size()));
    }

    /** Each way the condition can hold: its own tests, then each alternative's. */
    public List<Map<String, List<String>>> branches() {
        List<Map<String, List<String>>> branches = new java.util.ArrayList<>(List.of(tests));
        alternatives.forEach(alternative -> branches.add(alternative.tests()));
        return branches;
    }

    /** This condition and another: every test of both must hold. */
    public Condition and(Condition other) {
        Map<String, List<String>> both = new java.util.LinkedHashMap<>(tests);
        other.tests.forEach((fact, values) -> both.merge(fact, values,
                (mine, theirs) -> mine.stream().filter(theirs::contains).toList()));
        return new Condition(both, alternatives.stream().map(alternative -> alternative.and(other)).toList());
    }

    /** Whether the facts satisfy every test (or an alternative's); a fact may hold several values (any one matches). */
    public boolean matches(Map<String, ? extends java.util.Collection<String>> facts) {
        return holds(tests, facts) || alternatives.stream().anyMatch(alternative -> alternative.matches(facts));
    }

    private static boolean holds(Map<String, List<String>> tests, Map<String, ? extends java.util.Collection<String>> facts) {
        for (Map.Entry<String, List<String>> test : tests.entrySet()) {
            var actual = facts.get(test.getKey());
            if (actual == null || actual.stream().noneMatch(test.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }
}
