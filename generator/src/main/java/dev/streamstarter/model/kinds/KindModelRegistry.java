package dev.streamstarter.model.kinds;

import dev.streamstarter.catalog.KindDef;
import java.util.Map;
import java.util.Set;

/** The template model of each kind, by kind id ({@code <axis>/<name>} of its folder under {@code kinds/}). */
public final class KindModelRegistry {

    private static final Map<String, KindModel> MODELS = Map.ofEntries(
            Map.entry("source/file", new FileSourceModel()),
            Map.entry("source/socket", new SocketSourceModel()),
            Map.entry("source/rate", new RateSourceModel()),
            Map.entry("source/kafka", new KafkaSourceModel()),
            Map.entry("pattern/passthrough", FlagsOnlyModel.pipeline("isPassthrough")),
            Map.entry("pattern/aggregation", new AggregationModel()),
            Map.entry("pattern/window", new WindowModel()),
            Map.entry("pattern/deduplication", new DeduplicationModel()),
            Map.entry("pattern/join", new JoinModel()),
            Map.entry("service/kafka", KindModel.NONE),
            Map.entry("service/bad-records", new BadRecordsModel()),
            Map.entry("sink/console", FlagsOnlyModel.pipeline("isConsoleSink")),
            Map.entry("sink/memory", new MemorySinkModel()),
            Map.entry("sink/file", new FileSinkModel()),
            Map.entry("sink/foreach", FlagsOnlyModel.pipeline("isForeachSink")),
            Map.entry("sink/kafka", new KafkaSinkModel()),
            Map.entry("sink/jdbc", new JdbcSinkModel()),
            Map.entry("sink/cassandra", new CassandraSinkModel()));

    private KindModelRegistry() {}

    /** The model of a kind; {@link KindModel#NONE} for a kind without values of its own. */
    public static KindModel of(KindDef kind) {
        return MODELS.getOrDefault(kind.id(), KindModel.NONE);
    }

    /** The ids of the kinds that have a model. */
    public static Set<String> ids() {
        return MODELS.keySet();
    }
}
