package dev.streamstarter.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.RuleDef;
import dev.streamstarter.spec.FlatOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule's fix hint leads to an accepted choice: for each rule, choices that make it fire,
 * and each way out its hint names, applied as a user would apply it; the fixed choices pass every
 * check and the rule no longer fires, and the hint names each option the fix changes.
 */
class FixHintsLeadToAcceptedChoicesTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final String RANGE = "seen BETWEEN ts - INTERVAL 30 MINUTES AND ts";
    private static final Map<String, String> STREAM_JOIN_WATERMARKS = Map.of(
            "pattern", "stream-stream-join", "eventTime", "ts", "watermark", "10 minutes",
            "otherEventTime", "seen", "otherWatermark", "10 minutes");

    /** A rule, choices that make it fire, and the fixes its hint names. */
    private record Case(String rule, Map<String, String> fires, List<Map<String, String>> fixes) {}

    private static final List<Case> CASES = List.of(
            new Case("watermark-needs-event-time", Map.of("watermark", "10 minutes", "eventTime", "none"),
                    List.of(Map.of("eventTime", "ts"), Map.of("watermark", "none"))),
            new Case("append-aggregation-needs-watermark", Map.of("pattern", "grouped-aggregation", "outputMode", "append"),
                    List.of(Map.of("outputMode", "update"), Map.of("outputMode", "complete"),
                            Map.of("eventTime", "ts", "watermark", "10 minutes", "groupBy", "action;ts"))),
            new Case("window-group-by-event-time",
                    Map.of("pattern", "tumbling-window", "eventTime", "ts", "watermark", "10 minutes", "groupBy", "action;ts"),
                    List.of(Map.of("groupBy", "action"))),
            new Case("session-window-group-by-event-time",
                    Map.of("pattern", "session-window", "eventTime", "ts", "watermark", "10 minutes", "groupBy", "user;ts"),
                    List.of(Map.of("groupBy", "user"))),
            new Case("session-window-no-update", Map.of("pattern", "session-window", "eventTime", "ts", "outputMode", "update"),
                    List.of(Map.of("outputMode", "append", "watermark", "10 minutes"), Map.of("outputMode", "complete"))),
            new Case("continuous-stateless-only",
                    Map.of("source", "rate", "trigger", "continuous", "pattern", "grouped-aggregation"),
                    List.of(Map.of("trigger", "processing-time"), Map.of("pattern", "passthrough"))),
            new Case("bad-records-drop-continuous",
                    Map.of("source", "kafka", "trigger", "continuous", "pattern", "passthrough", "badRecords", "drop"),
                    List.of(Map.of("badRecords", "dead-letter"), Map.of("badRecords", "fail"))),
            new Case("continuous-no-watermark",
                    Map.of("source", "rate", "trigger", "continuous", "pattern", "passthrough", "eventTime", "timestamp",
                            "watermark", "10 minutes"),
                    List.of(Map.of("watermark", "none"), Map.of("trigger", "processing-time"))),
            new Case("continuous-source", Map.of("source", "file", "trigger", "continuous", "pattern", "passthrough"),
                    List.of(Map.of("trigger", "processing-time"), Map.of("trigger", "available-now"))),
            new Case("continuous-sink", Map.of("source", "rate", "trigger", "continuous", "pattern", "passthrough", "sink", "file"),
                    List.of(Map.of("trigger", "processing-time"))),
            new Case("stream-static-outer-side", Map.of("pattern", "stream-static-join", "joinType", "right-outer"),
                    List.of(Map.of("joinType", "inner"), Map.of("joinType", "left-outer"), Map.of("joinType", "left-semi"))),
            new Case("stream-stream-join-append-only", Map.of("pattern", "stream-stream-join", "outputMode", "update"),
                    List.of(Map.of("outputMode", "append"), Map.of("outputMode", "auto"))),
            new Case("outer-join-needs-other-watermark",
                    with(STREAM_JOIN_WATERMARKS, "joinType", "left-outer", "otherEventTime", "none", "otherWatermark", "none",
                            "joinTimeRange", RANGE),
                    List.of(Map.of("otherEventTime", "seen", "otherWatermark", "10 minutes"))),
            new Case("outer-join-needs-watermark",
                    with(STREAM_JOIN_WATERMARKS, "joinType", "right-outer", "watermark", "none", "joinTimeRange", RANGE),
                    List.of(Map.of("watermark", "10 minutes"))),
            new Case("outer-join-needs-time-range", with(STREAM_JOIN_WATERMARKS, "joinType", "left-outer", "joinTimeRange", "none"),
                    List.of(Map.of("joinTimeRange", RANGE))),
            new Case("complete-needs-aggregation", Map.of("pattern", "passthrough", "outputMode", "complete"),
                    List.of(Map.of("outputMode", "append"), Map.of("outputMode", "update"),
                            Map.of("pattern", "grouped-aggregation"))),
            new Case("complete-keeps-all-state", Map.of("outputMode", "complete"),
                    List.of(Map.of("outputMode", "update"),
                            Map.of("outputMode", "append", "eventTime", "ts", "watermark", "10 minutes", "groupBy", "action;ts"))),
            new Case("stream-join-state-unbounded", Map.of("pattern", "stream-stream-join"),
                    List.of(with(STREAM_JOIN_WATERMARKS, "joinTimeRange", RANGE))),
            new Case("deduplication-state-unbounded", Map.of("pattern", "deduplication"),
                    List.of(Map.of("eventTime", "ts", "watermark", "10 minutes"))),
            new Case("aggregation-state-unbounded", Map.of("pattern", "grouped-aggregation"),
                    List.of(Map.of("eventTime", "ts", "watermark", "10 minutes", "groupBy", "action;ts"))),
            new Case("window-state-unbounded", Map.of("pattern", "tumbling-window"),
                    List.of(Map.of("eventTime", "ts", "watermark", "10 minutes"))),
            new Case("cassandra-needs-primary-key", Map.of("sink", "cassandra", "pattern", "passthrough"),
                    List.of(Map.of("cassandraPrimaryKey", "user;ts"), Map.of("pattern", "grouped-aggregation"))),
            new Case("file-sink-append-only", Map.of("sink", "file", "pattern", "grouped-aggregation", "outputMode", "update"),
                    List.of(Map.of("outputMode", "append", "eventTime", "ts", "watermark", "10 minutes", "groupBy", "action;ts"),
                            Map.of("sink", "console"), Map.of("sink", "memory"))),
            new Case("jdbc-needs-upsert-keys", Map.of("sink", "jdbc", "pattern", "passthrough"),
                    List.of(Map.of("upsertKeys", "user;ts"), Map.of("pattern", "grouped-aggregation"))),
            new Case("memory-sink-update-keeps-versions", Map.of("sink", "memory", "outputMode", "update"),
                    List.of(Map.of("outputMode", "complete"))),
            new Case("kafka-latest-available-now",
                    Map.of("source", "kafka", "startingOffsets", "latest", "trigger", "available-now"),
                    List.of(Map.of("startingOffsets", "earliest"), Map.of("trigger", "processing-time"))),
            new Case("socket-not-fault-tolerant", Map.of("source", "socket"), List.of(Map.of("source", "file"))),
            new Case("socket-available-now", Map.of("source", "socket", "trigger", "available-now"),
                    List.of(Map.of("trigger", "processing-time"))));

    /** Rules whose fix is not a choice: at-least-once is what a Kafka sink gives, however it is keyed. */
    private static final Map<String, Map<String, String>> INHERENT = Map.of(
            "kafka-sink-at-least-once", Map.of("sink", "kafka"));

    private final SpecChecker checker = new SpecChecker(CATALOG);

    static Stream<Arguments> fixes() {
        return CASES.stream().flatMap(c -> c.fixes().stream().map(fix -> Arguments.of(c.rule(), c.fires(), fix)));
    }

    @ParameterizedTest(name = "{0} fixed by {2}")
    @MethodSource("fixes")
    void theFixLeadsToChoicesThatPassEveryCheck(String rule, Map<String, String> fires, Map<String, String> fix)
            throws InvalidSpecException {
        assertThat(ruleIds(fires)).as("%s fires for %s", rule, fires).contains(rule);
        RuleDef definition = rule(rule);
        fix.forEach((option, value) -> {
            if (!value.equals(fires.get(option))) {
                assertThat(definition.fix()).as("the hint of %s names what the fix changes", rule).contains(flag(option));
            }
        });

        Map<String, String> fixed = new HashMap<>(fires);
        fixed.putAll(fix);
        CheckedProject project = checker.check(FlatOptions.read(CATALOG, fixed));

        assertThat(project.warnings()).extracting(Problem::ruleId).as("warnings of %s", fixed).doesNotContain(rule);
    }

    @Test
    void everyRuleHasAWayOutOrIsInherent() throws InvalidSpecException {
        Set<String> covered = Stream.concat(CASES.stream().map(Case::rule), INHERENT.keySet().stream())
                .collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                CATALOG.rules().stream().map(RuleDef::id).toList());
        for (var inherent : INHERENT.entrySet()) {
            assertThat(checker.check(FlatOptions.read(CATALOG, inherent.getValue())).warnings())
                    .extracting(Problem::ruleId).contains(inherent.getKey());
        }
    }

    /** The rules that fire for these choices: errors if it is refused, else its warnings. */
    private List<String> ruleIds(Map<String, String> choices) throws InvalidSpecException {
        InvalidSpecException refused = catchThrowableOfType(
                () -> checker.check(FlatOptions.read(CATALOG, choices)), InvalidSpecException.class);
        List<Problem> problems = refused != null ? refused.problems()
                : checker.check(FlatOptions.read(CATALOG, choices)).warnings();
        return problems.stream().map(Problem::ruleId).toList();
    }

    private static RuleDef rule(String id) {
        return CATALOG.rules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
    }

    private static String flag(String option) {
        return CATALOG.options().stream().filter(o -> o.id().equals(option)).findFirst().map(OptionDef::flag).orElseThrow();
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> all = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(all);
    }
}
