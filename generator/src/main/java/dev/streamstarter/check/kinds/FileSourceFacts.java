package dev.streamstarter.check.kinds;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/** The file source's facts: the format of the files it reads. */
final class FileSourceFacts implements KindFacts {

    @Override
    public void addTo(PipelineSpec pipeline, Map<String, List<String>> facts) {
        facts.put("sourceFormat", List.of(pipeline.source().format().orElseThrow()));
    }
}
