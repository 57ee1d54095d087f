package dev.streamstarter.catalog;

/**
 * One file of a generated project and the condition under which a project gets it.
 *
 * @param path path inside the project; {@code __packagePath__} and {@code __Pipeline__} are tokens
 * @param template the template's resource below the templates' root: {@code project/<path>} for
 *     the shared tree, {@code kinds/<axis>/<name>/files/<path>} for a file one kind brings (another
 *     path's template where the catalog says so, e.g. an exercise's solution)
 * @param when facts a project (or, for per-pipeline files, a pipeline) must have
 */
public record TemplateFile(String path, String template, Condition when) {

    /** Token replaced by the package as a path, e.g. {@code com/example/app}. */
    public static final String PACKAGE_TOKEN = "__packagePath__";

    /** Token replaced by a pipeline's class-name prefix; such files exist once per pipeline. */
    public static final String PIPELINE_TOKEN = "__Pipeline__";

    /** Folder of an exercise's solutions: rendered as a finished job, not compiled. */
    public static final String SOLUTION_FOLDER = "solution/";

    /** Whether the file is an exercise's solution (its template renders the finished code). */
    public boolean isSolution() {
        return path.startsWith(SOLUTION_FOLDER);
    }

    /** Whether the file is rendered once per pipeline. */
    public boolean perPipeline() {
        return path.contains(PIPELINE_TOKEN);
    }
}
