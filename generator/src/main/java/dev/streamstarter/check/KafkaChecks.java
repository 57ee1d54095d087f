package dev.streamstarter.check;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.regex.Pattern;

/** Checks Kafka settings that depend on each other. */
final class KafkaChecks {

    private KafkaChecks() {}

    static void check(PipelineSpec pipeline, List<Problem> problems) {
        pipeline.source().kafka().ifPresent(kafka -> kafka.topicPattern().ifPresent(pattern -> {
            String topic = kafka.topic().orElseThrow();
            // Sample records go to --source-topic; the query would never see them otherwise.
            if (!Pattern.compile(pattern).matcher(topic).matches()) {
                problems.add(Problem.ofOption("--source-topic '" + topic + "' does not match --source-topic-pattern '"
                        + OptionValidator.shown(pattern) + "'; sample records go to --source-topic, so it must match"));
            }
        }));
    }
}
