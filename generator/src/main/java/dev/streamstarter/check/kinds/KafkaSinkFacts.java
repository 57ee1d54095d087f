package dev.streamstarter.check.kinds;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/** The Kafka sink's facts: that it needs a broker. */
final class KafkaSinkFacts implements KindFacts {

    @Override
    public void addTo(PipelineSpec pipeline, Map<String, List<String>> facts) {
        // The broker is a service that tests and the local run start themselves.
        facts.put("kafka", List.of("true"));
        facts.put("services", List.of("true"));
    }
}
