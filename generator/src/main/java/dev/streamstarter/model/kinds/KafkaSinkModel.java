package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import dev.streamstarter.model.code.PatternCode;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SinkSpec.KafkaSink;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Kafka sink's values: servers, topic, and the expressions of each record's key and value. */
final class KafkaSinkModel implements KindModel {

    /** The --kafka-key value that keys records by the result's keys. */
    static final String AUTO_KEY = "auto";

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        KafkaSink kafka = pipeline.spec().sink().kafka().orElseThrow();
        model.put("isKafkaSink", true);
        model.put("sinkServers", kafka.bootstrapServers());
        model.put("sinkServersJava", JavaLiterals.string(kafka.bootstrapServers()));
        model.put("sinkTopic", kafka.topic());
        model.put("sinkTopicJava", JavaLiterals.string(kafka.topic()));
        Optional<String> key = key(pipeline.spec(), kafka);
        model.put("hasKafkaKey", key.isPresent());
        model.put("kafkaKeyJava", JavaLiterals.string(key.orElse("")));
        model.put("kafkaKeyMd", MarkdownText.cell(key.orElse("")));
        model.put("kafkaValueJava", JavaLiterals.string(kafka.value()));
        model.put("kafkaValueMd", MarkdownText.cell(kafka.value()));
    }

    /**
     * The key expression: as given, or with 'auto' the result's keys as JSON where result rows are
     * unique by them, so that consumers can drop what a replayed micro-batch writes again.
     */
    static Optional<String> key(PipelineSpec pipeline, KafkaSink kafka) {
        if (!kafka.key().filter(AUTO_KEY::equals).isPresent()) {
            return kafka.key();
        }
        if (!pipeline.pattern().resultsUniqueByKeys()) {
            return Optional.empty();
        }
        return Optional.of("to_json(struct(" + PatternCode.resultKeys(pipeline).stream()
                .map(column -> "`" + column.replace("`", "``") + "`")
                .collect(Collectors.joining(", ")) + "))");
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("isKafkaSink", false);
    }

}
