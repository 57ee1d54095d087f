package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import java.util.Map;

/** The deduplication pattern's values: how tests compare its output. */
final class DeduplicationModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        // Which duplicate survives is up to arrival order, so tests compare keys only.
        model.put("comparesKeysOnly", true);
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("comparesKeysOnly", false);
    }
}
