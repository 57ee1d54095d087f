package dev.streamstarter.catalog;

import java.util.List;
import java.util.Map;

/**
 * A conjunction of fact tests: every named fact must have one of the listed values.
 *
 * @param tests fact name to the values that satisfy it; empty matches everything
 */
public record Condition(Map<String, List<String>> tests) {

    /** A condition that always holds. */
    public static final Condition ALWAYS = new Condition(Map.of());

    public Condition {
        tests = Map.copyOf(tests);
    }

    /** This condition and another: every test of both must hold. */
    public Condition and(Condition other) {
        Map<String, List<String>> both = new java.util.LinkedHashMap<>(tests);
        other.tests.forEach((fact, values) -> both.merge(fact, values,
                (mine, theirs) -> mine.stream().filter(theirs::contains).toList()));
        return new Condition(both);
    }

    /** Whether the facts satisfy every test; a fact may hold several values (any one matches). */
    public boolean matches(Map<String, ? extends java.util.Collection<String>> facts) {
        for (Map.Entry<String, List<String>> test : tests.entrySet()) {
            var actual = facts.get(test.getKey());
            if (actual == null || actual.stream().noneMatch(test.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }
}
