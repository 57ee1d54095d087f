package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model of a kind with no values of its own, only the flags that shared templates test:
 * whether a pipeline has the kind, and whether any pipeline of the project has it.
 *
 * @param pipelineFlag name of the {@code $pipeline} flag, if any
 * @param projectFlag name of the {@code $has} flag, if any
 */
record FlagsOnlyModel(Optional<String> pipelineFlag, Optional<String> projectFlag) implements KindModel {

    static FlagsOnlyModel pipeline(String flag) {
        return new FlagsOnlyModel(Optional.of(flag), Optional.empty());
    }

    static FlagsOnlyModel project(String flag) {
        return new FlagsOnlyModel(Optional.empty(), Optional.of(flag));
    }

    static FlagsOnlyModel both(String pipelineFlag, String projectFlag) {
        return new FlagsOnlyModel(Optional.of(pipelineFlag), Optional.of(projectFlag));
    }

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        pipelineFlag.ifPresent(flag -> model.put(flag, true));
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        pipelineFlag.ifPresent(flag -> model.put(flag, false));
    }

    @Override
    public void addProjectFlags(List<CheckedPipeline> withKind, Map<String, Boolean> has) {
        projectFlag.ifPresent(flag -> has.put(flag, !withKind.isEmpty()));
    }
}
