package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import java.util.Map;

/** The aggregation patterns' values: which of the two it is (their groupings are shared with windows). */
final class AggregationModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        String pattern = pipeline.spec().pattern().type();
        model.put("isGlobalAggregation", pattern.equals("global-aggregation"));
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("isGlobalAggregation", false);
    }
}
