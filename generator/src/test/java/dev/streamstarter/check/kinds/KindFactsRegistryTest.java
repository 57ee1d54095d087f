package dev.streamstarter.check.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.KindDef;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.check.SpecChecker;
import dev.streamstarter.spec.FlatOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KindFactsRegistryTest {

    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void everyRegisteredKindFactsBelongToAKindOfTheCatalog() {
        assertThat(CATALOG.kinds()).extracting(KindDef::id).containsAll(KindFactsRegistry.ids());
    }

    @Test
    void aJdbcSinkAddsItsDatabaseAndKeysAndNeedsAService() throws InvalidSpecException {
        Map<String, List<String>> facts = facts(Map.of(
                "sink", "jdbc", "pattern", "grouped-aggregation", "groupBy", "action"));

        assertThat(facts)
                .containsEntry("database", List.of("postgresql"))
                .containsEntry("upsertKeys", List.of("none"))
                .containsEntry("resultKeys", List.of("set"))
                .containsEntry("services", List.of("true"))
                .containsEntry("kafka", List.of("false"));
    }

    @Test
    void aPipelineHasOnlyTheFactsOfItsOwnKinds() throws InvalidSpecException {
        Map<String, List<String>> facts = facts(Map.of(
                "source", "rate", "pattern", "passthrough", "sink", "console"));

        assertThat(facts).containsEntry("services", List.of("false")).containsEntry("kafka", List.of("false"))
                .doesNotContainKeys("database", "startingOffsets", "sourceFormat", "sinkFormat", "joinType");
    }

    private static Map<String, List<String>> facts(Map<String, String> choices) throws InvalidSpecException {
        return new SpecChecker(CATALOG).check(FlatOptions.read(CATALOG, choices)).pipelines().get(0).facts();
    }
}
