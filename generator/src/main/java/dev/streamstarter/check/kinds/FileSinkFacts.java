package dev.streamstarter.check.kinds;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/** The file sink's facts: the format of the files it writes. */
final class FileSinkFacts implements KindFacts {

    @Override
    public void addTo(PipelineSpec pipeline, Map<String, List<String>> facts) {
        facts.put("sinkFormat", List.of(pipeline.sink().format().orElseThrow()));
    }
}
