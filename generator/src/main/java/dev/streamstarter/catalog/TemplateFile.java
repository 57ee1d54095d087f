package dev.streamstarter.catalog;

/**
 * One file of the template tree and the condition under which a project gets it.
 *
 * @param path path inside the tree; {@code __packagePath__} and {@code __Pipeline__} are tokens
 * @param when facts a project (or, for per-pipeline files, a pipeline) must have
 */
public record TemplateFile(String path, Condition when) {

    /** Token replaced by the package as a path, e.g. {@code com/example/app}. */
    public static final String PACKAGE_TOKEN = "__packagePath__";

    /** Token replaced by a pipeline's class-name prefix; such files exist once per pipeline. */
    public static final String PIPELINE_TOKEN = "__Pipeline__";

    /** Whether the file is rendered once per pipeline. */
    public boolean perPipeline() {
        return path.contains(PIPELINE_TOKEN);
    }
}
