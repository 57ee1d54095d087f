package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import java.util.Map;

/** The file sink's values: the format of the files it writes. */
final class FileSinkModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        model.put("sinkFormat", pipeline.spec().sink().format().orElseThrow());
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("sinkFormat", "");
    }

}
