package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.sample.SampleData;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SourceSpec;
import java.util.Map;

/** The socket source's values: the host and port it reads lines from. */
final class SocketSourceModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        SourceSpec source = pipeline.spec().source();
        String host = source.host().orElseThrow();
        model.put("socketHost", host);
        model.put("socketHostJava", JavaLiterals.string(host));
        model.put("socketPort", String.valueOf(source.port().getAsInt()));
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("socketHost", "");
        model.put("socketHostJava", JavaLiterals.string(""));
        model.put("socketPort", "");
    }


    @Override
    public void addSampleFiles(PipelineSpec pipeline, Map<String, String> files) {
        files.putAll(SampleData.lines(pipeline));
    }
}
