package dev.streamstarter.check.kinds;

import dev.streamstarter.catalog.KindDef;
import java.util.Map;
import java.util.Set;

/** The facts of each kind, by kind id ({@code <axis>/<name>} of its folder under {@code kinds/}). */
public final class KindFactsRegistry {

    private static final Map<String, KindFacts> FACTS = Map.of(
            "source/file", new FileSourceFacts(),
            "source/kafka", new KafkaSourceFacts(),
            "pattern/join", new JoinFacts(),
            "sink/file", new FileSinkFacts(),
            "sink/kafka", new KafkaSinkFacts(),
            "sink/jdbc", new JdbcSinkFacts(),
            "sink/memory", new MemorySinkFacts(),
            "sink/cassandra", new CassandraSinkFacts());

    private KindFactsRegistry() {}

    /** The facts of a kind; {@link KindFacts#NONE} for a kind without facts of its own. */
    public static KindFacts of(KindDef kind) {
        return FACTS.getOrDefault(kind.id(), KindFacts.NONE);
    }

    /** The ids of the kinds that have facts of their own. */
    public static Set<String> ids() {
        return FACTS.keySet();
    }
}
