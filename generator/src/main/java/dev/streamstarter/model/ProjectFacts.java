package dev.streamstarter.model;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.KindDef;
import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.model.kinds.KindModelRegistry;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts about a whole project: the union of its pipelines' facts, and its project options. File
 * conditions test these (a project gets the socket feeder when any pipeline reads a socket).
 */
public final class ProjectFacts {

    private ProjectFacts() {}

    /** Every fact name to every value any pipeline has, and the project's own option values. */
    public static Map<String, Set<String>> union(CheckedProject project) {
        Map<String, Set<String>> facts = new LinkedHashMap<>();
        project.choices().values().forEach((id, value) -> {
            if (value instanceof String text) {
                facts.put(id, new LinkedHashSet<>(List.of(text)));
            }
        });
        for (CheckedPipeline pipeline : project.pipelines()) {
            pipeline.facts().forEach((name, values) ->
                    facts.computeIfAbsent(name, key -> new LinkedHashSet<>()).addAll(values));
        }
        return facts;
    }

    /**
     * Flags templates branch on, {@code has.<flag>}: each kind's (e.g. {@code has.socketSource}
     * when any pipeline reads a socket), then the shared ones.
     */
    public static Map<String, Boolean> flags(CheckedProject project, Catalog catalog) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (KindDef kind : catalog.kinds()) {
            List<CheckedPipeline> withKind = project.pipelines().stream()
                    .filter(pipeline -> kind.when().matches(pipeline.facts()))
                    .toList();
            KindModelRegistry.of(kind).addProjectFlags(withKind, flags);
        }
        // Local services the tests and the local run start themselves.
        flags.put("services", contains(union(project).get("services"), "true"));
        return flags;
    }

    private static boolean contains(Collection<String> values, String value) {
        return values != null && values.contains(value);
    }
}
