package dev.streamstarter.catalog;

import java.util.List;
import java.util.Map;

/**
 * One kind folder, {@code templates/kinds/<axis>/<name>/}: everything one source, pattern,
 * service or sink kind brings to a project (its catalog entries, whole files and template parts).
 *
 * @param axis {@code source}, {@code pattern}, {@code service} or {@code sink}
 * @param name the folder's name
 * @param when the facts under which a pipeline (or a project) has this kind
 * @param imports per shared template (e.g. {@code pipeline}), the imports its parts need there
 */
public record KindDef(String axis, String name, Condition when, Map<String, List<String>> imports) {

    public KindDef {
        imports = Map.copyOf(imports);
    }

    /** Classpath folder of the kind, below the templates' root. */
    public String folder() {
        return "kinds/" + axis + "/" + name + "/";
    }

    /** Classpath resource of one of the kind's parts, e.g. {@code pipeline/read}. */
    public String part(String slot) {
        return folder() + "parts/" + slot + ".vm";
    }
}
