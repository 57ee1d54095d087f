package dev.streamstarter.model.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.KindDef;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.check.SpecChecker;
import dev.streamstarter.model.TemplateModel;
import dev.streamstarter.spec.FlatOptions;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class KindModelRegistryTest {

    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void everyRegisteredModelBelongsToAKindOfTheCatalog() {
        assertThat(CATALOG.kinds()).extracting(KindDef::id).containsAll(KindModelRegistry.ids());
    }

    @Test
    void aPipelineGetsTheValuesOfItsKindsAndTheFlagsOfTheOthersFalse() throws InvalidSpecException {
        Map<String, Object> pipeline = onlyPipeline(Map.of(
                "source", "kafka", "sourceTopic", "clicks", "sink", "jdbc"));

        assertThat(pipeline)
                .containsEntry("isKafkaSource", true)
                .containsEntry("sourceTopicJava", "\"clicks\"")
                .containsKey("upsertKeysJava")
                .containsEntry("hasGivenUpsertKeys", false)
                .containsEntry("isFileSource", false)
                .containsEntry("sourceFormat", "")
                .containsEntry("isKafkaSink", false)
                .doesNotContainKey("sinkTopic");
    }

    @Test
    void theProjectFlagsSayWhichKindsAnyPipelineHas() throws InvalidSpecException {
        Map<String, Object> context = context(Map.of(
                "source", "kafka", "startingOffsets", "latest", "sink", "jdbc", "database", "mysql"));

        assertThat(context.get("has")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsOnly(Map.entry("latestOffsets", true), Map.entry("sampleProducer", false),
                        Map.entry("services", true));
        assertThat(context(Map.of()).get("has")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsOnly(Map.entry("latestOffsets", false), Map.entry("sampleProducer", false),
                        Map.entry("services", false));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyPipeline(Map<String, String> choices) throws InvalidSpecException {
        return ((List<Map<String, Object>>) context(choices).get("pipelines")).get(0);
    }

    private static Map<String, Object> context(Map<String, String> choices) throws InvalidSpecException {
        CheckedProject project = new SpecChecker(CATALOG).check(FlatOptions.read(CATALOG, choices));
        return TemplateModel.of(project, CATALOG);
    }
}
