package dev.streamstarter.check;

import dev.streamstarter.spec.JoinSpec;
import dev.streamstarter.spec.PatternSpec;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SampleInput;
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

    /** The fixed schema of the rate source. */
    static final String RATE_SCHEMA = "timestamp TIMESTAMP, value BIGINT";

    private static final List<String> KEYED_PATTERNS =
            List.of("grouped-aggregation", "tumbling-window", "sliding-window", "session-window");

    private SpecAssembler() {}

    private static SourceSpec.KafkaSource kafkaSource(Choices c) {
        Optional<String> pattern = c.optional("sourceTopicPattern");
        return new SourceSpec.KafkaSource(
                c.text("sourceBootstrapServers"),
                Optional.of(c.text("sourceTopic")),
                pattern,
                c.text("startingOffsets"),
                OptionalInt.of(Integer.parseInt(c.text("maxOffsetsPerTrigger"))),
                c.optional("sampleProducer"));
    }

    static PipelineSpec pipeline(Choices c, SampleInput sampleInput) {
        String source = c.text("source");
        boolean file = source.equals("file");
        boolean socket = source.equals("socket");
        boolean rate = source.equals("rate");
        boolean kafka = source.equals("kafka");
        SourceSpec sourceSpec = new SourceSpec(
                source,
                file ? Optional.of(c.text("sourceFormat")) : Optional.empty(),
                file ? OptionalInt.of(Integer.parseInt(c.text("maxFilesPerTrigger"))) : OptionalInt.empty(),
                socket ? Optional.of(c.text("socketHost")) : Optional.empty(),
                socket ? OptionalInt.of(Integer.parseInt(c.text("socketPort"))) : OptionalInt.empty(),
                rate ? OptionalInt.of(Integer.parseInt(c.text("rowsPerSecond"))) : OptionalInt.empty(),
                kafka ? Optional.of(kafkaSource(c)) : Optional.empty(),
                file || kafka || c.text("pattern").endsWith("-join") ? Optional.of(c.text("badRecords")) : Optional.empty());
        String pattern = c.text("pattern");
        boolean windowed = pattern.equals("tumbling-window") || pattern.equals("sliding-window");
        boolean join = pattern.endsWith("-join");
        boolean streamJoin = pattern.equals("stream-stream-join");
        List<JoinSpec.Key> joinKeys = join
                ? c.list("joinOn").stream().map(JoinSpec.Key::parse).toList() : List.of();
        List<String> keys = KEYED_PATTERNS.contains(pattern) ? c.list("groupBy")
                : pattern.equals("deduplication") ? c.list("dedupBy")
                : joinKeys.stream().map(JoinSpec.Key::stream).toList();
        Optional<JoinSpec> joinSpec = join
                ? Optional.of(new JoinSpec(
                        c.text("joinType"),
                        joinKeys,
                        c.text("otherSchema"),
                        c.text("otherFormat"),
                        c.list("otherSelect"),
                        streamJoin ? c.optional("otherEventTime") : Optional.empty(),
                        streamJoin ? c.optional("otherWatermark") : Optional.empty(),
                        streamJoin ? c.optional("joinTimeRange") : Optional.empty()))
                : Optional.empty();
        PatternSpec patternSpec = new PatternSpec(
                pattern,
                keys,
                pattern.endsWith("-aggregation") || pattern.endsWith("-window") ? c.list("aggregations") : List.of(),
                windowed ? Optional.of(c.text("windowDuration")) : Optional.empty(),
                pattern.equals("sliding-window") ? Optional.of(c.text("slideDuration")) : Optional.empty(),
                pattern.equals("session-window") ? Optional.of(c.text("sessionGap")) : Optional.empty(),
                joinSpec);
        String sink = c.text("sink");
        boolean kafkaSink = sink.equals("kafka");
        boolean jdbc = sink.equals("jdbc");
        boolean cassandra = sink.equals("cassandra");
        SinkSpec sinkSpec = new SinkSpec(
                sink,
                sink.equals("file") ? Optional.of(c.text("sinkFormat")) : Optional.empty(),
                kafkaSink ? Optional.of(new SinkSpec.KafkaSink(
                        c.text("sinkBootstrapServers"), c.text("sinkTopic"),
                        c.optional("kafkaKey"), c.text("kafkaValue"))) : Optional.empty(),
                jdbc ? Optional.of(c.text("database")) : Optional.empty(),
                jdbc ? Optional.of(c.optional("jdbcTable")
                        .orElse(c.text("pipelineName").replace('-', '_'))) : Optional.empty(),
                jdbc ? c.list("upsertKeys") : List.of(),
                jdbc ? Optional.of(c.text("jdbcWriter")) : Optional.empty(),
                sink.equals("memory") ? c.optional("memoryTable") : Optional.empty(),
                sink.equals("memory") ? c.list("tableQueries") : List.of(),
                cassandra ? Optional.of(new SinkSpec.CassandraSink(
                        c.text("cassandraHost"),
                        c.text("cassandraKeyspace"),
                        c.optional("cassandraTable").orElse(c.text("pipelineName").replace('-', '_')),
                        c.list("cassandraPrimaryKey"))) : Optional.empty());
        String trigger = c.text("trigger");
        TriggerSpec triggerSpec = new TriggerSpec(
                trigger,
                trigger.equals("available-now") ? Optional.empty() : Optional.of(c.text("triggerInterval")));
        return new PipelineSpec(
                c.text("pipelineName"),
                sourceSpec,
                socket ? SOCKET_SCHEMA : rate ? RATE_SCHEMA : c.text("schema"),
                c.list("select"),
                c.optional("filter"),
                c.optional("eventTime"),
                c.optional("watermark"),
                patternSpec,
                sinkSpec,
                triggerSpec,
                c.text("outputMode"),
                sampleInput);
    }
}
