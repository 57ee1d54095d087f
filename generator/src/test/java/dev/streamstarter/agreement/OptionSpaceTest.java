package dev.streamstarter.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.catalog.Catalog;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A sampled option takes one value per combination, but over the space every one of its values:
 * otherwise a value is never asked about (every JDBC combination once took postgresql, so no
 * MySQL sink reached Spark nor the pairwise cover).
 */
class OptionSpaceTest {

    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void everyValueOfASampledOptionIsTakenInTheProbedSpace() {
        assertEveryValueTaken(OptionSpace.of(CATALOG));
    }

    @Test
    void everyValueOfASampledOptionIsTakenInTheFullSpace() {
        assertEveryValueTaken(OptionSpace.full(CATALOG));
    }

    private static void assertEveryValueTaken(OptionSpace.Enumeration space) {
        assertThat(space.sampled()).as("sampled options").isNotEmpty();
        for (String option : space.sampled()) {
            Set<String> taken = space.combinations().stream()
                    .map(combination -> combination.choices().get(option))
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            assertThat(taken).as("values of sampled option %s taken by some combination", option)
                    .containsExactlyInAnyOrderElementsOf(CATALOG.option(option).orElseThrow().valueIds());
        }
    }
}
