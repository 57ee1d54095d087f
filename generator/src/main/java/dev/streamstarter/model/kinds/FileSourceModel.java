package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.sample.SampleData;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SourceSpec;
import java.util.Map;

/** The file source's values: its format and rate limit; its files are the bundled sample records. */
final class FileSourceModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        SourceSpec source = pipeline.spec().source();
        String format = source.format().orElseThrow();
        model.put("isFileSource", true);
        model.put("sourceFormat", format);
        model.put("isCsvSource", format.equals("csv"));
        model.put("maxFilesPerTrigger", String.valueOf(source.maxFilesPerTrigger().getAsInt()));
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("isFileSource", false);
        model.put("sourceFormat", "");
        model.put("isCsvSource", false);
        model.put("maxFilesPerTrigger", "");
    }


    @Override
    public void addSampleFiles(PipelineSpec pipeline, Map<String, String> files) {
        files.putAll(SampleData.records(pipeline, pipeline.source().format().orElseThrow()));
    }
}
