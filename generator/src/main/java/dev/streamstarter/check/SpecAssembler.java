package dev.streamstarter.check;

import dev.streamstarter.spec.PatternSpec;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SinkSpec;
import dev.streamstarter.spec.SourceSpec;
import dev.streamstarter.spec.TriggerSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns checked option values into the typed pipeline spec. */
final class SpecAssembler {

    /** The fixed schema of the socket source. */
    static final String SOCKET_SCHEMA = "value STRING";

    private SpecAssembler() {}

    static PipelineSpec pipeline(Choices c) {
        String source = c.text("source");
        boolean file = source.equals("file");
        boolean socket = source.equals("socket");
        SourceSpec sourceSpec = new SourceSpec(
                source,
                file ? Optional.of(c.text("sourceFormat")) : Optional.empty(),
                file ? OptionalInt.of(Integer.parseInt(c.text("maxFilesPerTrigger"))) : OptionalInt.empty(),
                socket ? Optional.of(c.text("socketHost")) : Optional.empty(),
                socket ? OptionalInt.of(Integer.parseInt(c.text("socketPort"))) : OptionalInt.empty(),
                OptionalInt.empty(),
                Optional.empty());
        String pattern = c.text("pattern");
        boolean grouped = pattern.equals("grouped-aggregation");
        PatternSpec patternSpec = new PatternSpec(
                pattern,
                grouped ? c.list("groupBy") : List.of(),
                grouped ? c.list("aggregations") : List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        String sink = c.text("sink");
        SinkSpec sinkSpec = new SinkSpec(
                sink,
                sink.equals("file") ? Optional.of(c.text("sinkFormat")) : Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        String trigger = c.text("trigger");
        TriggerSpec triggerSpec = new TriggerSpec(
                trigger,
                trigger.equals("processing-time") ? Optional.of(c.text("triggerInterval")) : Optional.empty());
        return new PipelineSpec(
                c.text("pipelineName"),
                sourceSpec,
                socket ? SOCKET_SCHEMA : c.text("schema"),
                c.list("select"),
                c.optional("filter"),
                c.optional("eventTime"),
                c.optional("watermark"),
                patternSpec,
                sinkSpec,
                triggerSpec,
                c.text("outputMode"));
    }
}
