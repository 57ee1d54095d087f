package dev.streamstarter.check;

import dev.streamstarter.spec.ProjectSpec;
import java.util.List;

/**
 * A project whose every pipeline passed the checks, ready to render.
 *
 * @param choices the checked project option values, defaults applied
 */
public record CheckedProject(ProjectSpec spec, Choices choices, List<CheckedPipeline> pipelines) {

    public CheckedProject {
        pipelines = List.copyOf(pipelines);
    }

    /** Every pipeline's defaults that followed its other choices, each with why. */
    public List<String> followedDefaults() {
        return pipelines.stream().flatMap(pipeline -> pipeline.followedDefaults().stream()).toList();
    }

    /** All warnings of all pipelines. */
    public List<Problem> warnings() {
        return pipelines.stream().flatMap(pipeline -> pipeline.warnings().stream()).toList();
    }
}
