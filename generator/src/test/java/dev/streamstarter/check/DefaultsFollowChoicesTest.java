package dev.streamstarter.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionScope;
import dev.streamstarter.catalog.ValueKind;
import dev.streamstarter.spec.FlatOptions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Defaults follow the choices made: every value that `list` enumerates, chosen alone, gives a
 * project that passes every check, and what followed is said; a given option is never changed.
 */
class DefaultsFollowChoicesTest {

    private static final Catalog CATALOG = Catalog.standard();
    private final SpecChecker checker = new SpecChecker(CATALOG);

    static Stream<Arguments> everyEnumeratedValue() {
        return CATALOG.options().stream()
                .filter(option -> option.kind() == ValueKind.ENUM)
                .flatMap(option -> option.values().stream().map(value -> Arguments.of(option.id(), value.id())));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("everyEnumeratedValue")
    void eachEnumeratedValueChosenAlonePassesEveryCheck(String option, String value) throws InvalidSpecException {
        CheckedProject project = checker.check(FlatOptions.read(CATALOG, Map.of(option, value)));

        Choices scope = CATALOG.option(option).orElseThrow().scope() == OptionScope.PROJECT
                ? project.choices() : project.pipelines().get(0).choices();
        assertThat(scope.text(option)).as("a given option is never changed").isEqualTo(value);
    }

    @Test
    void aWindowTakesTheInputsOnlyTimestampColumnAsEventTimeAndSaysSo() throws InvalidSpecException {
        CheckedProject project = checker.check(FlatOptions.read(CATALOG, Map.of("pattern", "tumbling-window")));

        assertThat(project.pipelines().get(0).spec().eventTime()).hasValue("ts");
        assertThat(project.followedDefaults()).containsExactly(
                "--event-time ts: --pattern tumbling-window places rows in windows by event time, and ts is the"
                        + " input's only TIMESTAMP column");
    }

    @Test
    void choicesThatWorkWithThePlainDefaultsGetNoOtherDefault() throws InvalidSpecException {
        CheckedProject project = checker.check(FlatOptions.read(CATALOG, Map.of()));

        assertThat(project.followedDefaults()).isEmpty();
        assertThat(project.pipelines().get(0).spec().eventTime()).isEmpty();
    }

    @Test
    void aGivenOptionIsNeverChangedAndAConflictOfGivenOptionsIsStillRefused() {
        // A file sink appends; a grouped aggregation without watermark changes its rows.
        assertThatThrownBy(() -> checker.check(FlatOptions.read(CATALOG,
                Map.of("sink", "file", "pattern", "grouped-aggregation"))))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("--sink file supports only --output-mode append");
    }

    @Test
    void aMessageNeverNamesAValueThatOnlyAFollowedDefaultWouldHaveSet() {
        // Unresolvable: the given group-by is not a column of a socket source's rows.
        assertThatThrownBy(() -> checker.check(FlatOptions.read(CATALOG,
                Map.of("source", "socket", "groupBy", "action"))))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("--group-by 'action' is not a column of the input; columns: value");
    }
}
