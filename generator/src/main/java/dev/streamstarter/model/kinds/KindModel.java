package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/**
 * The template values one kind brings: to the model of a pipeline that has it ({@code $pipeline}),
 * and to the project's flags ({@code $has}).
 */
public interface KindModel {

    /** A kind without values of its own: its parts and files use only shared values. */
    KindModel NONE = (pipeline, model) -> {};

    /** Adds the kind's values to the model of a pipeline that has the kind. */
    void addTo(CheckedPipeline pipeline, Map<String, Object> model);

    /**
     * Adds what a pipeline without the kind shows of it: flags that are false and texts that are
     * empty, because shared templates test or print them for every pipeline and strict references
     * fail on a missing one.
     */
    default void addAbsent(Map<String, Object> model) {}

    /**
     * Adds the kind's project flags ({@code $has.*}), given the project's pipelines that have the
     * kind (none when the project lacks it); called for every kind.
     */
    default void addProjectFlags(List<CheckedPipeline> withKind, Map<String, Boolean> has) {}

    /** Adds the sample input the kind needs to run on its own (path in the project to content). */
    default void addSampleFiles(PipelineSpec pipeline, Map<String, String> files) {}
}
