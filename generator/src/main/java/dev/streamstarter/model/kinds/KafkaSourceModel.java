package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import dev.streamstarter.model.sample.SampleData;
import dev.streamstarter.spec.Durations;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SourceSpec.KafkaSource;
import java.util.List;
import java.util.Map;

/**
 * The Kafka source's values: servers, topic or topic pattern, offsets and rate limit; the bundled
 * sample records are seeded into its topic.
 */
final class KafkaSourceModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        KafkaSource kafka = pipeline.spec().source().kafka().orElseThrow();
        model.put("isKafkaSource", true);
        model.put("sourceServers", kafka.bootstrapServers());
        model.put("sourceServersJava", JavaLiterals.string(kafka.bootstrapServers()));
        model.put("hasTopicPattern", kafka.topicPattern().isPresent());
        model.put("sourceTopic", kafka.topic().orElse(""));
        model.put("sourceTopicJava", JavaLiterals.string(kafka.topic().orElse("")));
        model.put("topicPatternJava", JavaLiterals.string(kafka.topicPattern().orElse("")));
        model.put("topicPatternMd", MarkdownText.cell(kafka.topicPattern().orElse("")));
        model.put("startingOffsets", kafka.startingOffsets());
        model.put("maxOffsetsPerTrigger", String.valueOf(kafka.maxOffsetsPerTrigger().orElseThrow()));
        model.put("producesSample", kafka.sampleProducer().isPresent());
        model.put("sampleProducer", kafka.sampleProducer().orElse("none"));
        model.put("sampleProducerMillis", String.valueOf(kafka.sampleProducer().map(Durations::millis).orElse(0L)));
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("isKafkaSource", false);
    }

    @Override
    public void addProjectFlags(List<CheckedPipeline> withKind, Map<String, Boolean> has) {
        has.put("latestOffsets", withKind.stream().anyMatch(pipeline ->
                pipeline.spec().source().kafka().orElseThrow().startingOffsets().equals("latest")));
        has.put("sampleProducer", withKind.stream().anyMatch(pipeline ->
                pipeline.spec().source().kafka().orElseThrow().sampleProducer().isPresent()));
    }

    /** The records its local run and tests write into the source topic, as JSON files. */
    @Override
    public void addSampleFiles(PipelineSpec pipeline, Map<String, String> files) {
        files.putAll(SampleData.records(pipeline, "json"));
    }
}
