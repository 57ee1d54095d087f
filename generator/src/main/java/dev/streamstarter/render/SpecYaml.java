package dev.streamstarter.render;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.OptionScope;
import dev.streamstarter.catalog.ValueKind;
import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.check.Choices;
import dev.streamstarter.spec.SampleInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the choices of a project as a spec file, every option that applies spelled out, so that
 * {@code stream-starter new <dir> --spec stream-starter.yaml} regenerates the same project.
 */
final class SpecYaml {

    private SpecYaml() {}

    static String write(CheckedProject project, Catalog catalog) {
        Map<String, Object> document = new LinkedHashMap<>();
        for (OptionDef option : catalog.options(OptionScope.PROJECT)) {
            Object value = project.choices().values().get(option.id());
            document.put(option.id(), option.kind() == ValueKind.SPARK_CONF ? settings(value) : value);
        }
        List<Map<String, Object>> pipelines = new ArrayList<>();
        for (CheckedPipeline pipeline : project.pipelines()) {
            Map<String, Object> options = pipelineOptions(catalog, pipeline.choices(), pipeline.facts());
            SampleInput input = pipeline.spec().sampleInput();
            if (!input.files().isEmpty()) {
                options.put(SampleInput.FILES_KEY, input.files());
            }
            if (!input.otherFiles().isEmpty()) {
                options.put(SampleInput.OTHER_FILES_KEY, input.otherFiles());
            }
            pipelines.add(options);
        }
        document.put("pipelines", pipelines);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(100);
        options.setDereferenceAliases(true); // pipelines sharing a value each spell it out
        // Text with control characters is escaped, not written as !!binary, which the reader refuses.
        options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return "# Choices this project was generated from; edit them, then update the project with\n"
                + "#   java -jar generator/target/stream-starter.jar update <dir>\n"
                + new Yaml(options).dump(document);
    }

    /** Spark settings are written as the mapping a user writes: key: value. */
    private static Map<String, String> settings(Object entries) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Object entry : (List<?>) entries) {
            String text = String.valueOf(entry);
            int equals = text.indexOf('=');
            settings.put(text.substring(0, equals), text.substring(equals + 1));
        }
        return settings;
    }

    private static Map<String, Object> pipelineOptions(Catalog catalog, Choices choices,
            Map<String, List<String>> facts) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (OptionDef option : catalog.options(OptionScope.PIPELINE)) {
            if (option.appliesTo().matches(facts)) {
                options.put(option.id(), choices.values().get(option.id()));
            }
        }
        return options;
    }
}
