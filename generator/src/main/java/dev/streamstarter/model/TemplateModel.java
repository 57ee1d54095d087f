package dev.streamstarter.model;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.check.Problem;
import dev.streamstarter.spec.Durations;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.ProjectSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the Velocity context of a project: plain maps, lists, strings and booleans, every
 * user value already escaped for the place it is printed ({@code *Java} entries are Java literals,
 * {@code *Md} entries Markdown code spans).
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

        List<Map<String, Object>> pipelines = new ArrayList<>();
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (CheckedPipeline pipeline : checked.pipelines()) {
            pipelines.add(pipeline(pipeline));
            for (Problem warning : pipeline.warnings()) {
                warnings.add(Map.of(
                        "pipeline", pipeline.spec().name(),
                        "id", warning.ruleId(),
                        "message", warning.message(),
                        "fix", warning.fix()));
            }
        }
        Map<String, Boolean> has = ProjectFacts.flags(checked);
        project.put("runCommand", runCommand(has));
        List<String> runArgs = new ArrayList<>();
        if (has.get("services")) {
            runArgs.add("--run-for 45s"); // so that the local run ends and shows what arrived
        }
        if (has.get("socketSource")) {
            runArgs.add("--feed-sample");
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

    private static Map<String, Object> pipeline(CheckedPipeline checked) {
        PipelineSpec p = checked.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("className", Names.className(p.name()));
        m.put("queryName", Names.queryName(p.name()));

        String source = p.source().type();
        m.put("source", source);
        m.put("isFileSource", source.equals("file"));
        m.put("isSocketSource", source.equals("socket"));
        m.put("isRateSource", source.equals("rate"));
        m.put("rowsPerSecond", p.source().rowsPerSecond().isPresent()
                ? String.valueOf(p.source().rowsPerSecond().getAsInt()) : "");
        m.put("sourceFormat", p.source().format().orElse(""));
        m.put("isCsvSource", p.source().format().filter("csv"::equals).isPresent());
        m.put("maxFilesPerTrigger", p.source().maxFilesPerTrigger().isPresent()
                ? String.valueOf(p.source().maxFilesPerTrigger().getAsInt()) : "");
        m.put("socketHost", p.source().host().orElse(""));
        m.put("socketHostJava", JavaLiterals.string(p.source().host().orElse("")));
        m.put("socketPort", p.source().port().isPresent() ? String.valueOf(p.source().port().getAsInt()) : "");
        m.put("isKafkaSource", source.equals("kafka"));
        p.source().kafka().ifPresent(kafka -> {
            m.put("sourceServers", kafka.bootstrapServers());
            m.put("sourceServersJava", JavaLiterals.string(kafka.bootstrapServers()));
            m.put("hasTopicPattern", kafka.topicPattern().isPresent());
            m.put("sourceTopic", kafka.topic().orElse(""));
            m.put("sourceTopicJava", JavaLiterals.string(kafka.topic().orElse("")));
            m.put("topicPatternJava", JavaLiterals.string(kafka.topicPattern().orElse("")));
            m.put("topicPatternMd", MarkdownText.code(kafka.topicPattern().orElse("")));
            m.put("startingOffsets", kafka.startingOffsets());
            m.put("maxOffsetsPerTrigger", String.valueOf(kafka.maxOffsetsPerTrigger().orElseThrow()));
        });
        // Sample records come from JSON files: read by a file source, or seeded into Kafka.
        m.put("hasSampleRecords", source.equals("file") || source.equals("kafka"));
        m.put("schemaJava", JavaLiterals.string(p.schema()));
        m.put("schemaMd", MarkdownText.code(p.schema()));

        m.put("selectsJava", p.select().stream().map(JavaLiterals::string).toList());
        m.put("selectsMd", p.select().stream().map(MarkdownText::code).toList());
        m.put("hasFilter", p.filter().isPresent());
        m.put("filterJava", JavaLiterals.string(p.filter().orElse("")));
        m.put("filterMd", MarkdownText.code(p.filter().orElse("")));
        m.put("hasWatermark", p.watermark().isPresent());
        m.put("eventTimeJava", JavaLiterals.string(p.eventTime().orElse("")));
        m.put("eventTimeMd", MarkdownText.code(p.eventTime().orElse("")));
        m.put("watermarkJava", JavaLiterals.string(p.watermark().orElse("")));
        m.put("watermark", p.watermark().orElse("none"));
        boolean hasSelects = !p.select().isEmpty();
        m.put("hasSelects", hasSelects);
        m.put("prepareIsIdentity", !hasSelects && p.filter().isEmpty() && p.watermark().isEmpty());
        m.put("selectEndsPrepare", hasSelects && p.filter().isEmpty() && p.watermark().isEmpty());
        m.put("filterEndsPrepare", p.filter().isPresent() && p.watermark().isEmpty());

        String pattern = p.pattern().type();
        m.put("pattern", pattern);
        m.put("isPassthrough", pattern.equals("passthrough"));
        m.put("isGroupedAggregation", pattern.equals("grouped-aggregation"));
        m.put("isGlobalAggregation", pattern.equals("global-aggregation"));
        m.put("isDeduplication", pattern.equals("deduplication"));
        m.put("isWindowed", pattern.endsWith("-window"));
        m.put("isAggregation", p.pattern().isAggregation());
        m.put("keysJava", p.pattern().keys().stream().map(JavaLiterals::string).toList());
        m.put("keysMd", p.pattern().keys().stream().map(MarkdownText::code).toList());
        m.put("groupingJava", PatternCode.grouping(p));
        m.put("windowDescription", PatternCode.windowDescription(p));
        m.put("resultKeysJava", PatternCode.resultKeys(p).stream().map(JavaLiterals::string).toList());
        JoinCode.put(p, m);
        m.put("aggregationsJava", p.pattern().aggregations().stream().map(JavaLiterals::string).toList());
        m.put("aggregationsMd", p.pattern().aggregations().stream().map(MarkdownText::code).toList());

        String sink = p.sink().type();
        m.put("sink", sink);
        m.put("isConsoleSink", sink.equals("console"));
        m.put("isMemorySink", sink.equals("memory"));
        m.put("isFileSink", sink.equals("file"));
        m.put("isForeachSink", sink.equals("foreach"));
        m.put("sinkFormat", p.sink().format().orElse(""));
        m.put("isKafkaSink", sink.equals("kafka"));
        p.sink().kafka().ifPresent(kafka -> {
            m.put("sinkServers", kafka.bootstrapServers());
            m.put("sinkServersJava", JavaLiterals.string(kafka.bootstrapServers()));
            m.put("sinkTopic", kafka.topic());
            m.put("sinkTopicJava", JavaLiterals.string(kafka.topic()));
            m.put("hasKafkaKey", kafka.key().isPresent());
            m.put("kafkaKeyJava", JavaLiterals.string(kafka.key().orElse("")));
            m.put("kafkaKeyMd", MarkdownText.code(kafka.key().orElse("")));
            m.put("kafkaValueJava", JavaLiterals.string(kafka.value()));
            m.put("kafkaValueMd", MarkdownText.code(kafka.value()));
        });
        m.put("isJdbcSink", sink.equals("jdbc"));
        m.put("hasGivenUpsertKeys", !p.sink().upsertKeys().isEmpty());
        m.put("usesServices", source.equals("kafka") || sink.equals("kafka") || sink.equals("jdbc"));
        m.put("databaseName", p.sink().database().map(db -> db.equals("mysql") ? "MySQL" : "PostgreSQL").orElse(""));
        p.sink().jdbcTable().ifPresent(table -> {
            m.put("jdbcTable", table);
            List<String> keys = PatternCode.upsertKeys(p);
            m.put("upsertKeysJava", keys.stream().map(JavaLiterals::string).toList());
            m.put("upsertKeysMd", keys.stream().map(MarkdownText::code).toList());
        });

        String trigger = p.trigger().type();
        m.put("trigger", trigger);
        m.put("isProcessingTime", trigger.equals("processing-time"));
        m.put("isContinuous", trigger.equals("continuous"));
        m.put("triggerIntervalJava", JavaLiterals.string(p.trigger().interval().orElse("")));
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
        // Which duplicate survives is up to arrival order, so tests compare keys only.
        m.put("comparesKeysOnly", pattern.equals("deduplication"));
        boolean dropsLateRows = checked.facts().get("dropsLateRows").contains("true");
        m.put("shiftsEventTime", p.watermark().isPresent() && p.select().isEmpty() && !source.equals("socket"));
        m.put("closesWindowsOnWatermark", dropsLateRows && mode.equals("append") && pattern.endsWith("-window"));
        // Far enough ahead that the watermark passes every bundled row (they span under an hour).
        m.put("lateShiftSeconds", String.valueOf(
                p.watermark().map(delay -> 2 * Durations.millis(delay) / 1000).orElse(0L) + 3_600));
        boolean checkpoint = checked.facts().get("checkpoint").contains("true");
        m.put("usesCheckpoint", checkpoint);
        m.put("noCheckpointReason", p.source().type().equals("socket")
                ? "the socket source cannot replay, and restarting it from a checkpoint fails"
                : "the memory sink can resume from a checkpoint only in complete mode");
        return m;
    }
}
