package dev.streamstarter.agreement;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One point of the option space: flat choices as the CLI takes them.
 *
 * @param id short unique id, also the Java package and pipeline name suffix
 * @param choices option id to value, only the options the harness sets
 */
record Combination(String id, Map<String, String> choices) {

    Combination {
        choices = Map.copyOf(choices);
    }

    /** The Java package the combination's code is generated into. */
    String packageName() {
        return "agreement." + id;
    }

    /** The pipeline name, which names the query and its classes. */
    String pipelineName() {
        return "q" + id.substring(1);
    }

    /** The choices that define the combination, as CLI flags in a stable order (no package or name). */
    String describe() {
        return choices.entrySet().stream()
                .filter(e -> !e.getKey().equals("package") && !e.getKey().equals("pipelineName"))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
