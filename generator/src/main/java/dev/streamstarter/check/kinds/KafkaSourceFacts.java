package dev.streamstarter.check.kinds;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/** The Kafka source's facts: where it starts reading, and that it needs a broker. */
final class KafkaSourceFacts implements KindFacts {

    @Override
    public void addTo(PipelineSpec pipeline, Map<String, List<String>> facts) {
        facts.put("startingOffsets", List.of(pipeline.source().kafka().orElseThrow().startingOffsets()));
        // The broker is a service that tests and the local run start themselves.
        facts.put("kafka", List.of("true"));
        facts.put("services", List.of("true"));
    }
}
