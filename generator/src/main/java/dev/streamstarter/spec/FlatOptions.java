package dev.streamstarter.spec;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.OptionScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one-pipeline choices given as flat {@code id -> value} pairs, the form both the CLI flags
 * and the archetype properties take. List values are separated by ';'.
 */
public final class FlatOptions {

    private FlatOptions() {}

    /** Splits flat pairs into project and pipeline options; unknown ids go to the pipeline. */
    public static RawSpec read(Catalog catalog, Map<String, String> values) {
        Map<String, Object> project = new LinkedHashMap<>();
        Map<String, Object> pipeline = new LinkedHashMap<>();
        values.forEach((id, value) -> {
            var option = catalog.option(id);
            boolean projectScope = option.map(o -> o.scope() == OptionScope.PROJECT).orElse(false);
            Object parsed = option.filter(OptionDef::isList).isPresent() ? splitList(value) : value;
            (projectScope ? project : pipeline).put(id, parsed);
        });
        return new RawSpec(project, List.of(pipeline), false);
    }

    /** Splits a ';'-separated list, trimming items and dropping empty ones; 'none' is empty. */
    public static List<String> splitList(String value) {
        if (value.strip().equals("none")) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
