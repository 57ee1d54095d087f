package dev.streamstarter.check.kinds;

import dev.streamstarter.spec.JoinSpec;
import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/** The join patterns' facts: the join type, the other side's format, and what bounds the state of a stream-stream join. */
final class JoinFacts implements KindFacts {

    @Override
    public void addTo(PipelineSpec pipeline, Map<String, List<String>> facts) {
        JoinSpec join = pipeline.pattern().join().orElseThrow();
        facts.put("joinType", List.of(join.joinType()));
        facts.put("otherFormat", List.of(join.otherFormat()));
        facts.put("otherEventTime", List.of(join.otherEventTime().isPresent() ? "set" : "none"));
        facts.put("otherWatermark", List.of(join.otherWatermark().isPresent() ? "set" : "none"));
        facts.put("joinTimeRange", List.of(join.timeRange().isPresent() ? "set" : "none"));
    }
}
