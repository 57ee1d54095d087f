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
 */
public record CheckedPipeline(
        PipelineSpec spec, Choices choices, String outputMode, Map<String, List<String>> facts, List<Problem> warnings) {

    public CheckedPipeline {
        facts = Map.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
