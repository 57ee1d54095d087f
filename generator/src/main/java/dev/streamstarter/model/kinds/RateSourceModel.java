package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import java.util.Map;

/** The rate source's values: how many rows it makes per second. */
final class RateSourceModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        model.put("rowsPerSecond", String.valueOf(pipeline.spec().source().rowsPerSecond().getAsInt()));
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("rowsPerSecond", "");
    }
}
