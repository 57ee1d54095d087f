package dev.streamstarter.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.spec.FlatOptions;
import dev.streamstarter.spec.RawSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecCheckerTest {

    private static final Catalog CATALOG = Catalog.standard();
    private final SpecChecker checker = new SpecChecker(CATALOG);

    @Test
    void defaultsAloneMakeAValidProject() throws InvalidSpecException {
        CheckedProject project = checker.check(FlatOptions.read(CATALOG, Map.of()));

        assertThat(project.spec().groupId()).isEqualTo("com.example");
        assertThat(project.spec().packageName()).as("package defaults to the groupId").isEqualTo("com.example");
        assertThat(project.pipelines()).singleElement()
                .satisfies(p -> assertThat(p.outputMode()).isEqualTo("update"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "pattern=passthrough | append",
        "pattern=grouped-aggregation | update",
        "pattern=grouped-aggregation;eventTime=ts;watermark=10 minutes;groupBy=ts | append",
        "pattern=grouped-aggregation;eventTime=ts;watermark=10 minutes;groupBy=action | update",
        "pattern=tumbling-window;eventTime=ts | update",
        "pattern=sliding-window;eventTime=ts;watermark=10 minutes | append",
        "pattern=session-window;eventTime=ts | complete",
        "pattern=session-window;eventTime=ts;watermark=10 minutes | append",
        "pattern=global-aggregation | update",
        "pattern=deduplication | append",
        "pattern=stream-static-join | append",
        "pattern=stream-stream-join | append",
        "pattern=stream-static-join;joinOn=user = person;otherSchema=person STRING, plan STRING | append",
        "pattern=stream-stream-join;joinOn=user = buyer;otherSelect=user AS buyer | append",
    })
    void autoOutputModePicksWhatSparkAcceptsForThePattern(String choices, String expected) throws Exception {
        assertThat(checker.check(FlatOptions.read(CATALOG, parse(choices))).pipelines().get(0).outputMode())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "outputMode=append;pattern=grouped-aggregation | append-aggregation-needs-watermark",
        "pattern=passthrough;outputMode=complete | complete-needs-aggregation",
        "sink=file;outputMode=update | file-sink-append-only",
        "sink=file;pattern=grouped-aggregation | file-sink-append-only",
        "watermark=5 minutes;eventTime=none | watermark-needs-event-time",
        "pattern=tumbling-window;eventTime=ts;watermark=none;outputMode=append | append-aggregation-needs-watermark",
        "pattern=global-aggregation;eventTime=ts;watermark=1 minute;outputMode=append | append-aggregation-needs-watermark",
        "pattern=session-window;eventTime=ts;outputMode=update | session-window-no-update",
        "pattern=deduplication;outputMode=complete | complete-needs-aggregation",
        "trigger=continuous;source=rate;pattern=grouped-aggregation;groupBy=value | continuous-stateless-only",
        "trigger=continuous;pattern=passthrough;source=file | continuous-source",
        "pattern=stream-static-join;joinType=right-outer | stream-static-outer-side",
        "pattern=tumbling-window;eventTime=ts;watermark=1 minute;groupBy=ts | window-group-by-event-time",
        "pattern=passthrough;source=rate;eventTime=timestamp;watermark=1 minute;trigger=continuous | continuous-no-watermark",
        "pattern=stream-stream-join;outputMode=update | stream-stream-join-append-only",
        "pattern=stream-stream-join;joinType=left-outer;otherWatermark=none | outer-join-needs-other-watermark",
        "pattern=stream-stream-join;joinType=right-outer;otherEventTime=seen;otherWatermark=1 minute;watermark=none | outer-join-needs-watermark",
        "pattern=stream-stream-join;joinType=left-semi;eventTime=ts;watermark=1 minute;otherEventTime=seen;otherWatermark=1 minute;joinTimeRange=none | outer-join-needs-time-range",
        "source=kafka;pattern=passthrough;trigger=continuous;badRecords=drop | bad-records-drop-continuous",
    })
    void combinationsSparkRefusesAreRejectedByTheRuleThatSaysWhy(String choices, String rule) {
        assertThatThrownBy(() -> checker.check(FlatOptions.read(CATALOG, parse(choices))))
                .isInstanceOfSatisfying(InvalidSpecException.class,
                        e -> assertThat(e.problems()).extracting(Problem::ruleId).contains(rule));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "groupId=a b | --group-id 'a b' is not valid",
        "package=com.example.class | --package 'com.example.class' is not valid",
        "package=../etc | --package '../etc' is not valid",
        "pipelineName=../x | --pipeline-name '../x' is not valid",
        "artifactId=a\"b | --artifact-id 'a\"b' is not valid",
        "groupBy=nope | --group-by 'nope' is not a column of the input; columns: user, action, amount, ts",
        "eventTime=user;watermark=1 minute | --event-time 'user' has type STRING",
        "triggerInterval=soon | --trigger-interval 'soon' is not valid",
        "socketPort=70000;source=socket;schema=value STRING | --socket-port '70000' is not valid",
        "sourceFormat=csv;source=socket | --source-format applies only with --source file",
        "pattern=tumbling-window;eventTime=none | --pattern tumbling-window needs --event-time",
        "pattern=sliding-window;eventTime=ts;slideDuration=20 minutes | --slide-duration '20 minutes' is longer",
        "pattern=deduplication;dedupBy=nope | --dedup-by 'nope' is not a column of the input",
        "source=rate;groupBy=action | --group-by 'action' is not a column of the input; columns: timestamp, value",
        "windowDuration=5 minutes;pattern=grouped-aggregation | --window-duration applies only with --pattern tumbling-window or sliding-window",
        "pattern=stream-static-join;joinOn=action | --join-on 'action' is not a column of --other-schema",
        "pattern=stream-static-join;otherSchema=user STRING, amount DOUBLE | --other-schema has a column 'amount'",
        "pattern=stream-stream-join;otherWatermark=5 minutes | --other-watermark '5 minutes' needs --other-event-time",
        "pattern=stream-static-join;joinOn=user = person | --join-on 'person' is not a column of --other-schema",
        "pattern=stream-static-join;joinOn=user == person | --join-on 'user == person' is not valid",
        "pattern=stream-static-join;joinOn=user = person;otherSchema=person STRING, amount DOUBLE | --other-schema has a column 'amount'",
        "source=kafka;sourceTopicPattern=events-.*;sourceTopic=events-in | --source-topic-pattern 'events-.*' reads the dead-letter topic 'events-dead-letters'",
    })
    void badValuesAreNamedWithWhatIsAllowed(String choices, String message) {
        assertThatThrownBy(() -> checker.check(FlatOptions.read(CATALOG, parse(choices))))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "source=kafka;sourceTopicPattern=events-.*;sourceTopic=events-in;badRecords=drop",
        "source=kafka;sourceTopicPattern=events-in-.*;sourceTopic=events-in-1",
        "source=kafka;sourceTopicPattern=events-.*;sourceTopic=events-in;pipelineName=orders",
    })
    void aTopicPatternThatMissesTheDeadLetterTopicIsAccepted(String choices) throws Exception {
        assertThat(checker.check(FlatOptions.read(CATALOG, parse(choices))).pipelines()).hasSize(1);
    }

    @Test
    void twoPipelinesCannotShareAQueryName() {
        RawSpec spec = new RawSpec(Map.of(), java.util.List.of(
                Map.of("pipelineName", "word-count"),
                Map.of("pipelineName", "words", "sink", "memory", "memoryTable", "word_count")), true);

        assertThatThrownBy(() -> checker.check(spec))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("query name 'word_count' is used twice");
    }

    @Test
    void aListItemNoneIsAValueNotAnOptionLeftUnset() {
        // Found by the fuzz test: 'sparkConf: [none]' in a spec got past the checks and failed rendering.
        RawSpec spec = new RawSpec(Map.of("sparkConf", java.util.List.of("none")), java.util.List.of(Map.of()), true);

        assertThatThrownBy(() -> checker.check(spec))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageStartingWith("--spark-conf 'none' is not valid");
    }

    @Test
    void aValueWithAnUnpairedSurrogateIsRefusedBecauseNoFileCanRecordIt() throws InvalidSpecException {
        // Found by the fuzz test: written to stream-starter.yaml as '?', so the spec did not replay.
        assertThatThrownBy(() -> checker.check(FlatOptions.read(CATALOG, Map.of("filter", "action = '\ud800'"))))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageStartingWith("--filter has a character that is not text (an unpaired UTF-16 surrogate");
        assertThat(checker.check(FlatOptions.read(CATALOG, Map.of("filter", "action = '\ud83d\ude00'"))))
                .as("a pair is one character (😀)").isNotNull();
    }

    @Test
    void newlinesInSqlAreRefusedBecauseEachExpressionIsOneLine() {
        assertThatThrownBy(() -> checker.check(FlatOptions.read(CATALOG, Map.of("filter", "a > 1\n; drop"))))
                .hasMessageContaining("--filter 'a > 1\\u000a; drop' is not valid");
    }

    @Test
    void warningsComeBackWithTheProject() throws InvalidSpecException {
        CheckedProject project = checker.check(FlatOptions.read(CATALOG,
                parse("source=socket;groupBy=value;outputMode=complete")));

        assertThat(project.warnings()).extracting(Problem::ruleId)
                .contains("socket-not-fault-tolerant", "complete-keeps-all-state", "aggregation-state-unbounded");
    }

    @Test
    void aWindowWithoutWatermarkIsWarnedWithAFixTheRulesAccept() throws InvalidSpecException {
        CheckedProject project = checker.check(FlatOptions.read(CATALOG,
                parse("pattern=tumbling-window;eventTime=ts;watermark=none;outputMode=update")));

        assertThat(project.warnings()).extracting(Problem::ruleId)
                .contains("window-state-unbounded").doesNotContain("aggregation-state-unbounded");
        // The fix (a watermark, the event time kept out of --group-by) is accepted as it says.
        assertThat(checker.check(FlatOptions.read(CATALOG,
                parse("pattern=tumbling-window;eventTime=ts;watermark=10 minutes;outputMode=update")))
                .warnings()).extracting(Problem::ruleId).doesNotContain("window-state-unbounded");
    }

    @Test
    void aGlobalAggregationKeepsOneRowOfStateSoNoUnboundedStateWarning() throws InvalidSpecException {
        CheckedProject project = checker.check(FlatOptions.read(CATALOG, parse("pattern=global-aggregation")));

        assertThat(project.warnings()).extracting(Problem::ruleId)
                .doesNotContain("aggregation-state-unbounded", "window-state-unbounded");
    }

    private static Map<String, String> parse(String choices) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : choices.split(";")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0].strip(), parts[1].strip());
        }
        return values;
    }
}
