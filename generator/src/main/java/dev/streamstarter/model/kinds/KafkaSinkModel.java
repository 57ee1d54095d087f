package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import dev.streamstarter.spec.SinkSpec.KafkaSink;
import java.util.Map;

/** The Kafka sink's values: servers, topic, and the expressions of each record's key and value. */
final class KafkaSinkModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        KafkaSink kafka = pipeline.spec().sink().kafka().orElseThrow();
        model.put("isKafkaSink", true);
        model.put("sinkServers", kafka.bootstrapServers());
        model.put("sinkServersJava", JavaLiterals.string(kafka.bootstrapServers()));
        model.put("sinkTopic", kafka.topic());
        model.put("sinkTopicJava", JavaLiterals.string(kafka.topic()));
        model.put("hasKafkaKey", kafka.key().isPresent());
        model.put("kafkaKeyJava", JavaLiterals.string(kafka.key().orElse("")));
        model.put("kafkaKeyMd", MarkdownText.cell(kafka.key().orElse("")));
        model.put("kafkaValueJava", JavaLiterals.string(kafka.value()));
        model.put("kafkaValueMd", MarkdownText.cell(kafka.value()));
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("isKafkaSink", false);
    }

}
