package dev.streamstarter.check.kinds;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/** The memory sink's facts: whether queries over its table are printed (and tested). */
final class MemorySinkFacts implements KindFacts {

    @Override
    public void addTo(PipelineSpec pipeline, Map<String, List<String>> facts) {
        facts.put("tableQueries", List.of(String.valueOf(!pipeline.sink().tableQueries().isEmpty())));
    }
}
