package dev.streamstarter.check;

import dev.streamstarter.catalog.AutoOutputMode;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.RuleDef;
import dev.streamstarter.spec.PipelineSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Resolves {@code auto} output mode and applies the catalog's compatibility rules. */
final class RuleChecker {

    private final Catalog catalog;

    RuleChecker(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Checks a pipeline; errors go to {@code errors}, the result carries the warnings. */
    CheckedPipeline check(PipelineSpec pipeline, Choices choices, List<Problem> errors) {
        Map<String, List<String>> facts = facts(pipeline);
        String outputMode = facts.get("outputMode").get(0);
        List<Problem> warnings = new ArrayList<>();
        for (RuleDef rule : catalog.rules()) {
            if (rule.when().matches(facts)) {
                Problem problem = new Problem(
                        rule.id(), fill(rule.message(), pipeline, outputMode), fill(rule.fix(), pipeline, outputMode));
                (rule.severity() == RuleDef.Severity.ERROR ? errors : warnings).add(problem);
            }
        }
        return new CheckedPipeline(pipeline, choices, outputMode, facts, warnings, List.of());
    }

    /** The facts rules are checked against: the pipeline's, with the output mode resolved. */
    Map<String, List<String>> facts(PipelineSpec pipeline) {
        Map<String, List<String>> facts = PipelineFacts.of(pipeline, catalog);
        String outputMode = pipeline.outputMode().equals("auto") ? resolveAuto(facts) : pipeline.outputMode();
        PipelineFacts.put(facts, "outputMode", outputMode);
        PipelineFacts.put(facts, "checkpoint", String.valueOf(PipelineFacts.usesCheckpoint(pipeline, outputMode)));
        PipelineFacts.put(facts, "dropsLateRows", String.valueOf(PipelineFacts.dropsLateRows(pipeline, outputMode)));
        PipelineFacts.put(facts, "outerJoinNulls", String.valueOf(PipelineFacts.outerJoinNulls(pipeline)));
        return facts;
    }

    private String resolveAuto(Map<String, List<String>> facts) {
        return catalog.autoOutputModes().stream()
                .filter(step -> step.when().matches(facts))
                .map(AutoOutputMode::mode)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("catalog autoOutputMode has no fallback entry"));
    }

    private static String fill(String message, PipelineSpec pipeline, String outputMode) {
        return message
                .replace("{pattern}", pipeline.pattern().type())
                .replace("{watermark}", pipeline.watermark().orElse("none"))
                .replace("{outputMode}", outputMode)
                .replace("{source}", pipeline.source().type())
                .replace("{sink}", pipeline.sink().type())
                .replace("{trigger}", pipeline.trigger().type())
                .replace("{joinType}", pipeline.pattern().join().map(join -> join.joinType()).orElse(""));
    }
}
