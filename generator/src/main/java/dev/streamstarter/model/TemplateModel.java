package dev.streamstarter.model;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.KindDef;
import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.check.Problem;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import dev.streamstarter.model.code.PatternCode;
import dev.streamstarter.model.kinds.KindModelRegistry;
import dev.streamstarter.spec.Durations;
import dev.streamstarter.spec.Names;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.ProjectSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the Velocity context of a project: plain maps, lists, strings and booleans, every
 * user value already escaped for the place it is printed ({@code *Java} entries are Java literals,
 * {@code *Md} entries Markdown code spans). The values every pipeline has are computed here; those
 * of one source, pattern, service or sink kind by its model in {@link dev.streamstarter.model.kinds}.
 */
public final class TemplateModel {

    private TemplateModel() {}

    /** The context for project-wide templates; per-pipeline templates also get {@code pipeline}. */
    public static Map<String, Object> of(CheckedProject checked, Catalog catalog) {
        ProjectSpec spec = checked.spec();
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("groupId", spec.groupId());
        project.put("artifactId", spec.artifactId());
        project.put("version", spec.version());
        project.put("package", spec.packageName());
        project.put("packagePath", spec.packageName().replace('.', '/'));
        project.put("mainClass", spec.packageName() + ".StreamingJob");
        project.putAll(SparkSettings.of(checked.choices()));

        List<Map<String, Object>> pipelines = new ArrayList<>();
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (CheckedPipeline pipeline : checked.pipelines()) {
            pipelines.add(pipeline(pipeline, catalog));
            for (Problem warning : pipeline.warnings()) {
                warnings.add(Map.of(
                        "pipeline", pipeline.spec().name(),
                        "id", warning.ruleId(),
                        "message", warning.message(),
                        "fix", warning.fix()));
            }
        }
        Map<String, Boolean> has = ProjectFacts.flags(checked, catalog);
        project.put("runCommand", runCommand(has));
        List<String> runArgs = new ArrayList<>();
        if (has.get("services")) {
            runArgs.add("--run-for 45s"); // so that the local run ends and shows what arrived
        }
        if (ProjectFacts.union(checked).getOrDefault("source", Set.of()).contains("socket")) {
            runArgs.add("--feed-sample"); // the socket source's sample lines, served by the job itself
        }
        project.put("runArgs", String.join(" ", runArgs));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("project", project);
        context.put("platform", catalog.platform());
        context.put("pipelines", pipelines);
        context.put("warnings", warnings);
        context.put("has", has);
        return context;
    }

    /**
     * The command that runs the project locally: with services, the local runner is a test class
     * (it starts a broker or database from test dependencies).
     */
    public static String runCommand(Map<String, Boolean> has) {
        return has.get("services") ? "mvn -B test-compile exec:exec" : "mvn -B compile exec:exec";
    }

    private static Map<String, Object> pipeline(CheckedPipeline checked, Catalog catalog) {
        PipelineSpec p = checked.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("className", Names.className(p.name()));
        m.put("queryName", Names.queryName(p.name()));

        String source = p.source().type();
        m.put("source", source);
        // Sample records are JSON files; a source kind that reads them or seeds its input sets this.
        m.put("schemaJava", JavaLiterals.string(p.schema()));
        m.put("schemaMd", MarkdownText.cell(p.schema()));

        m.put("selectsJava", p.select().stream().map(JavaLiterals::string).toList());
        m.put("selectsMd", p.select().stream().map(MarkdownText::cell).toList());
        m.put("hasFilter", p.filter().isPresent());
        m.put("filterJava", JavaLiterals.string(p.filter().orElse("")));
        m.put("filterMd", MarkdownText.cell(p.filter().orElse("")));
        m.put("hasWatermark", p.watermark().isPresent());
        m.put("eventTimeJava", JavaLiterals.string(p.eventTime().orElse("")));
        m.put("eventTimeMd", MarkdownText.cell(p.eventTime().orElse("")));
        m.put("watermarkJava", JavaLiterals.string(p.watermark().orElse("")));
        m.put("watermark", p.watermark().orElse("none"));
        boolean hasSelects = !p.select().isEmpty();
        m.put("hasSelects", hasSelects);
        m.put("prepareIsIdentity", !hasSelects && p.filter().isEmpty() && p.watermark().isEmpty());
        m.put("selectEndsPrepare", hasSelects && p.filter().isEmpty() && p.watermark().isEmpty());
        m.put("filterEndsPrepare", p.filter().isPresent() && p.watermark().isEmpty());

        String pattern = p.pattern().type();
        m.put("pattern", pattern);
        m.put("isAggregation", p.pattern().isAggregation());
        // The physical operator that keeps the pattern's state, as a plan names it ('' for none).
        m.put("statefulOperator", p.pattern().isAggregation() ? "StateStoreSave"
                : pattern.equals("deduplication") ? "Deduplicate"
                : pattern.equals("stream-stream-join") ? "StreamingSymmetricHashJoin" : "");
        m.put("keysJava", p.pattern().keys().stream().map(JavaLiterals::string).toList());
        m.put("keysMd", p.pattern().keys().stream().map(MarkdownText::cell).toList());
        m.put("groupingJava", PatternCode.grouping(p));
        m.put("resultKeysJava", PatternCode.resultKeys(p).stream().map(JavaLiterals::string).toList());
        m.put("aggregationsJava", p.pattern().aggregations().stream().map(JavaLiterals::string).toList());
        m.put("aggregationsMd", p.pattern().aggregations().stream().map(MarkdownText::cell).toList());

        String sink = p.sink().type();
        m.put("sink", sink);
        // Whether tests and the local run start a broker or a database: the kinds' facts say.
        m.put("usesServices", checked.facts().get("services").contains("true"));

        String trigger = p.trigger().type();
        m.put("trigger", trigger);
        m.put("isProcessingTime", trigger.equals("processing-time"));
        m.put("isContinuous", trigger.equals("continuous"));
        m.put("triggerIntervalJava", JavaLiterals.string(p.trigger().interval().orElse("")));
        m.put("triggerJava", switch (trigger) {
            case "processing-time" -> "Trigger.ProcessingTime(" + JavaLiterals.string(p.trigger().interval().orElseThrow()) + ")";
            case "continuous" -> "Trigger.Continuous(" + JavaLiterals.string(p.trigger().interval().orElseThrow()) + ")";
            default -> "Trigger.AvailableNow()";
        });
        m.put("triggerDescription", switch (trigger) {
            case "processing-time" -> "a micro-batch every " + p.trigger().interval().orElseThrow();
            case "continuous" -> "continuously, checkpointing every " + p.trigger().interval().orElseThrow();
            default -> "all available input, then stop";
        });

        String mode = checked.outputMode();
        m.put("outputMode", mode);
        m.put("isAutoOutputMode", p.outputMode().equals("auto"));
        m.put("isAppend", mode.equals("append"));
        m.put("isUpdate", mode.equals("update"));
        m.put("outputModeConstant", Character.toUpperCase(mode.charAt(0)) + mode.substring(1));
        // How tests fold what a query emitted into its current result table.
        m.put("foldsByKey", mode.equals("update") && p.pattern().isAggregation());
        m.put("keepsLastBatch", mode.equals("complete"));
        // Append aggregations and outer stream-stream joins emit rows only once the watermark
        // makes them final: until then the output is a subset of the batch result.
        m.put("emitsFinalGroupsOnly", mode.equals("append") && p.pattern().isAggregation()
                || pattern.equals("stream-stream-join")
                        && !p.pattern().join().map(join -> join.joinType()).orElse("").equals("inner"));
        m.put("shiftsEventTime", p.watermark().isPresent() && p.select().isEmpty() && !source.equals("socket"));
        // How much further than the bundled rows' span the watermark tests move rows (TestData.pastTheSample).
        m.put("lateShiftSeconds", JavaLiterals.number(
                p.watermark().map(delay -> 2 * Durations.millis(delay) / 1000).orElse(0L) + 3_600));
        boolean checkpoint = checked.facts().get("checkpoint").contains("true");
        m.put("usesCheckpoint", checkpoint);
        m.put("noCheckpointReason", p.source().type().equals("socket")
                ? "the socket source cannot replay, and restarting it from a checkpoint fails"
                : "the memory sink can resume from a checkpoint only in complete mode");
        addKindValues(checked, catalog, m);
        return m;
    }

    /**
     * The values of the kinds the pipeline has, after the shared ones (so a kind may refine a
     * shared default); a kind it lacks still shows its flags, false.
     */
    private static void addKindValues(CheckedPipeline checked, Catalog catalog, Map<String, Object> model) {
        List<KindDef> chosen = catalog.kindsOf(checked.facts());
        catalog.kinds().stream().filter(kind -> !chosen.contains(kind))
                .forEach(kind -> KindModelRegistry.of(kind).addAbsent(model));
        chosen.forEach(kind -> KindModelRegistry.of(kind).addTo(checked, model));
    }
}
