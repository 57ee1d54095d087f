package dev.streamstarter.check;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/**
 * A pipeline that passed every check.
 *
 * @param spec what was asked for
 * @param choices the checked option values the spec was built from, defaults applied
 * @param outputMode the output mode used, {@code auto} resolved
 * @param facts what the rules were checked against
 * @param warnings rules of severity warning that apply
 * @param followedDefaults options not given whose default followed the other choices, each with why
 */
public record CheckedPipeline(
        PipelineSpec spec, Choices choices, String outputMode, Map<String, List<String>> facts, List<Problem> warnings,
        List<String> followedDefaults) {

    public CheckedPipeline {
        facts = Map.copyOf(facts);
        warnings = List.copyOf(warnings);
        followedDefaults = List.copyOf(followedDefaults);
    }

    /** This pipeline, saying which defaults followed the other choices. */
    CheckedPipeline withFollowedDefaults(List<String> notes) {
        return new CheckedPipeline(spec, choices, outputMode, facts, warnings, notes);
    }
}
