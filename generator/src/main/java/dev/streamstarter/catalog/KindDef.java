package dev.streamstarter.catalog;


/**
 * One kind folder, {@code templates/kinds/<axis>/<name>/}: everything one source, pattern,
 * service or sink kind brings to a project (its catalog entries, whole files and template parts).
 *
 * @param axis {@code source}, {@code pattern}, {@code service} or {@code sink}
 * @param name the folder's name
 * @param when the facts under which a pipeline (or a project) has this kind
 */
public record KindDef(String axis, String name, Condition when) {

    /** The kind's id, {@code <axis>/<name>}, e.g. {@code sink/jdbc}. */
    public String id() {
        return axis + "/" + name;
    }

    /** Classpath folder of the kind, below the templates' root. */
    public String folder() {
        return "kinds/" + axis + "/" + name + "/";
    }

    /**
     * Classpath resource of one of the kind's parts, e.g. {@code pipeline/read}; the imports its
     * parts of one shared template need are the part {@code <template>/imports}, one per line.
     */
    public String part(String slot) {
        return folder() + "parts/" + slot + (slot.endsWith("/imports") ? ".txt" : ".vm");
    }
}
