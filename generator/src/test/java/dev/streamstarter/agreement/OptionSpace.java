package dev.streamstarter.agreement;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.OptionScope;
import dev.streamstarter.catalog.RuleDef;
import dev.streamstarter.catalog.ValueKind;
import dev.streamstarter.spec.FlatOptions;
import dev.streamstarter.spec.SchemaDdl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The option space as the catalog defines it. Every enumerated pipeline option that applies
 * everywhere, or that a rule tests, is crossed with all others; an enumerated option that only
 * refines another choice and that no rule tests (a file format) is sampled: each combination
 * takes one of its values, so every value is covered without multiplying the space. Each
 * combination comes without event time, and with a watermarked event-time column; where the
 * pattern has key columns, once with that column among the keys and once without.
 * Everything else keeps its catalog default, except what a source needs to produce the default
 * columns and to keep each combination's input apart (see {@link SourceFixture}), and the upsert
 * keys of a JDBC sink (the primary key of a Cassandra sink) where the pattern has no keys (see
 * {@link #upsertKeysForKeylessResults}).
 *
 * <p>For Spark, values of a crossed option that no error rule (nor auto output mode) names behave
 * alike as far as the rules can tell (console, memory and foreach sinks, say): {@link #of} takes
 * one of them per combination, spread over the space, so that each is still asked about.
 * {@link #full} crosses every value, for checks that do not start queries.
 */
final class OptionSpace {

    /** The watermark delay every watermarked combination uses. */
    static final String WATERMARK = "10 minutes";

    /** The JDBC sink's key columns, which the harness sets where the pattern has none. */
    static final String UPSERT_KEYS = "upsertKeys";

    /** The Cassandra sink's primary key columns, which the harness sets where the pattern has none. */
    static final String CASSANDRA_PRIMARY_KEY = "cassandraPrimaryKey";

    /** The sinks' own key options (a sink's, not the pattern's). */
    static final List<String> SINK_KEYS = List.of(UPSERT_KEYS, CASSANDRA_PRIMARY_KEY);

    private final Catalog catalog;
    private final boolean full;
    private final Map<String, Set<String>> named = new HashMap<>();
    private final List<OptionDef> crossed = new ArrayList<>();
    private final List<OptionDef> sampled = new ArrayList<>();

    /**
     * The combinations, and those the harness could not build, counted by reason.
     *
     * @param crossed ids of the options crossed in full
     * @param sampled ids of the options sampled
     */
    record Enumeration(List<Combination> combinations, Map<String, Integer> skipped,
            List<String> crossed, List<String> sampled) {

        int skippedCount() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private OptionSpace(Catalog catalog, boolean full) {
        this.catalog = catalog;
        this.full = full;
        catalog.rules().stream()
                .filter(rule -> rule.severity() == RuleDef.Severity.ERROR)
                .forEach(rule -> rule.when().tests().forEach((fact, values) ->
                        named.computeIfAbsent(fact, key -> new HashSet<>()).addAll(values)));
        catalog.autoOutputModes().forEach(step -> step.when().tests().forEach((fact, values) ->
                named.computeIfAbsent(fact, key -> new HashSet<>()).addAll(values)));
        Set<String> testedByRules = new HashSet<>();
        catalog.rules().forEach(rule -> testedByRules.addAll(rule.when().tests().keySet()));
        catalog.autoOutputModes().forEach(step -> testedByRules.addAll(step.when().tests().keySet()));
        List<OptionDef> refining = new ArrayList<>();
        for (OptionDef option : catalog.options(OptionScope.PIPELINE)) {
            if (option.kind() != ValueKind.ENUM) {
                continue;
            }
            if (option.appliesTo().tests().isEmpty()) {
                crossed.add(option);
            } else if (testedByRules.contains(option.id())) {
                refining.add(option);
            } else {
                sampled.add(option);
            }
        }
        crossed.addAll(refining);
    }

    /** Enumerates the space of a catalog, values no error rule tells apart taking turns. */
    static Enumeration of(Catalog catalog) {
        return new OptionSpace(catalog, false).enumerate();
    }

    /** Enumerates the space of a catalog with every value of every crossed option. */
    static Enumeration full(Catalog catalog) {
        return new OptionSpace(catalog, true).enumerate();
    }

    private Enumeration enumerate() {
        List<Map<String, String>> bases = new ArrayList<>();
        expand(0, new LinkedHashMap<>(), bases);
        if (!full) {
            bases.removeIf(base -> !takesItsTurn(base));
        }
        List<Combination> combinations = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (Map<String, String> base : bases) {
            for (Map<String, String> variant : eventTimeVariants(base)) {
                Map<String, String> choices = new LinkedHashMap<>(base);
                choices.putAll(variant);
                sample(choices);
                String source = choices.getOrDefault("source", catalog.option("source").orElseThrow().defaultValue());
                if (!full && "cassandra".equals(choices.get("sink"))) {
                    skipped.merge("sink 'cassandra': the harness has no Cassandra server; Spark sees its"
                            + " foreachBatch sink as it sees the JDBC sink's, which it is asked about", 1, Integer::sum);
                    continue;
                }
                Optional<SourceFixture> fixture = SourceFixture.forSource(source);
                if (fixture.isEmpty()) {
                    skipped.merge("source '" + source + "': the harness has no input for it (add a SourceFixture)",
                            1, Integer::sum);
                    continue;
                }
                String id = String.format(Locale.ROOT, "c%04d", combinations.size() + 1);
                String pipelineName = "q" + id.substring(1);
                choices.putAll(fixture.get().choices(catalog, pipelineName));
                upsertKeysForKeylessResults(choices);
                choices.put("package", "agreement." + id);
                choices.put("pipelineName", pipelineName);
                combinations.add(new Combination(id, choices));
            }
        }
        return new Enumeration(combinations, skipped, ids(crossed), ids(sampled));
    }

    private void expand(int index, Map<String, String> choices, List<Map<String, String>> out) {
        if (index == crossed.size()) {
            out.add(new LinkedHashMap<>(choices));
            return;
        }
        OptionDef option = crossed.get(index);
        if (!applies(option, choices)) {
            expand(index + 1, choices, out);
            return;
        }
        for (String value : option.valueIds()) {
            choices.put(option.id(), value);
            expand(index + 1, choices, out);
            choices.remove(option.id());
        }
    }

    /**
     * Whether a fully crossed base keeps each of its values that no error rule names, those
     * taking turns: per shape of the base (its choices with such values blanked), each option's
     * alike values take turns, so one base per shape remains. The turn depends on all the other
     * choices, not only on those crossed before the option, so the first crossed option's alike
     * values take turns too.
     */
    private boolean takesItsTurn(Map<String, String> base) {
        Map<String, String> shape = new TreeMap<>(base);
        for (OptionDef option : crossed) {
            if (alike(option).contains(shape.get(option.id()))) {
                shape.put(option.id(), "*");
            }
        }
        for (OptionDef option : crossed) {
            List<String> alike = alike(option);
            String value = base.get(option.id());
            if (value != null && alike.contains(value)) {
                int turn = Math.floorMod(mix((shape + " " + option.id()).hashCode()), alike.size());
                if (!value.equals(alike.get(turn))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The values of an option that no error rule (nor auto output mode) names. */
    private List<String> alike(OptionDef option) {
        Set<String> distinguished = named.getOrDefault(option.id(), Set.of());
        return option.valueIds().stream().filter(value -> !distinguished.contains(value)).toList();
    }

    /** Spreads similar hash codes (shapes differ in a few characters) over all residues. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** No event time; or a watermarked TIMESTAMP column, on and off the keys where there are keys. */
    private List<Map<String, String>> eventTimeVariants(Map<String, String> choices) {
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(Map.of());
        Optional<OptionDef> eventTime = catalog.option("eventTime").filter(option -> applies(option, choices));
        Optional<OptionDef> watermark = catalog.option("watermark").filter(option -> applies(option, choices));
        Optional<String> column = timestampColumn();
        if (eventTime.isEmpty() || watermark.isEmpty() || column.isEmpty()) {
            return variants;
        }
        Map<String, String> watermarked = Map.of("eventTime", column.get(), "watermark", WATERMARK);
        otherSideWatermark(choices, column.get()).ifPresent(variants::add);
        Optional<OptionDef> keys = patternKeys(choices);
        if (keys.isEmpty()) {
            variants.add(watermarked);
            return variants;
        }
        List<String> otherKeys = FlatOptions.splitList(keys.get().defaultValue()).stream()
                .filter(key -> !key.equalsIgnoreCase(column.get()))
                .toList();
        if (!otherKeys.isEmpty()) {
            Map<String, String> offKey = new LinkedHashMap<>(watermarked);
            offKey.put(keys.get().id(), String.join(";", otherKeys));
            variants.add(offKey);
        }
        Map<String, String> onKey = new LinkedHashMap<>(watermarked);
        List<String> withEventTime = new ArrayList<>(otherKeys);
        withEventTime.add(column.get());
        onKey.put(keys.get().id(), String.join(";", withEventTime));
        variants.add(onKey);
        return variants;
    }

    /**
     * For a join of two streams: both sides watermarked and a time range between them, which
     * outer and semi joins need.
     */
    private Optional<Map<String, String>> otherSideWatermark(Map<String, String> choices, String eventTime) {
        Optional<OptionDef> otherWatermark = catalog.option("otherWatermark").filter(option -> applies(option, choices));
        Optional<String> otherColumn = catalog.option("otherSchema")
                .flatMap(schema -> SchemaDdl.parse(schema.defaultValue()).stream()
                        .filter(column -> column.type().equalsIgnoreCase("TIMESTAMP"))
                        .map(SchemaDdl.Column::name)
                        .findFirst());
        if (otherWatermark.isEmpty() || otherColumn.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> variant = new LinkedHashMap<>();
        variant.put("eventTime", eventTime);
        variant.put("watermark", WATERMARK);
        variant.put("otherEventTime", otherColumn.get());
        variant.put("otherWatermark", WATERMARK);
        variant.put("joinTimeRange", otherColumn.get() + " BETWEEN " + eventTime + " - INTERVAL 30 MINUTES AND " + eventTime);
        return Optional.of(variant);
    }

    /**
     * The option holding the pattern's key columns, if the pattern has one. Join keys must exist
     * on both sides, so the event-time column is never one of them; the upsert keys belong to the
     * JDBC sink, not the pattern.
     */
    private Optional<OptionDef> patternKeys(Map<String, String> choices) {
        return catalog.options(OptionScope.PIPELINE).stream()
                .filter(option -> option.kind() == ValueKind.COLUMN_LIST && applies(option, choices))
                .filter(option -> !option.id().equals("joinOn") && !SINK_KEYS.contains(option.id()))
                .findFirst();
    }

    /**
     * A JDBC sink upserts by the pattern's keys; where the pattern has none, the generator wants
     * {@code upsertKeys} (rule jdbc-needs-upsert-keys: a requirement of the sink, not of Spark),
     * and a Cassandra sink {@code cassandraPrimaryKey} (cassandra-needs-primary-key).
     * The harness sets them there, so that Spark is asked about the rest of the combination: the
     * aggregates of a global aggregation, the join keys of a join (never null, whichever side a
     * row comes from), else the string and timestamp columns of the schema.
     */
    private void upsertKeysForKeylessResults(Map<String, String> choices) {
        Optional<OptionDef> sinkKeys = SINK_KEYS.stream()
                .flatMap(id -> catalog.option(id).stream())
                .filter(option -> applies(option, choices))
                .findFirst();
        if (sinkKeys.isEmpty() || patternKeys(choices).isPresent()) {
            return;
        }
        List<String> keys;
        Optional<OptionDef> aggregations = catalog.option("aggregations").filter(option -> applies(option, choices));
        Optional<OptionDef> joinOn = catalog.option("joinOn").filter(option -> applies(option, choices));
        if (aggregations.isPresent()) {
            keys = FlatOptions.splitList(aggregations.get().defaultValue()).stream()
                    .map(aggregate -> aggregate.substring(aggregate.toUpperCase(Locale.ROOT).lastIndexOf(" AS ") + 4)
                            .strip())
                    .toList();
        } else if (joinOn.isPresent()) {
            keys = FlatOptions.splitList(joinOn.get().defaultValue());
        } else {
            keys = SchemaDdl.parse(catalog.option("schema").orElseThrow().defaultValue()).stream()
                    .filter(column -> column.type().equalsIgnoreCase("STRING")
                            || column.type().equalsIgnoreCase("TIMESTAMP"))
                    .map(SchemaDdl.Column::name)
                    .toList();
        }
        choices.put(sinkKeys.get().id(), String.join(";", keys));
    }

    /** Each sampled option that applies takes one value, spread over the space by the other choices. */
    private void sample(Map<String, String> choices) {
        for (OptionDef option : sampled) {
            if (applies(option, choices)) {
                // Mixed and salted with the option: the plain hash of similar choices kept one
                // parity, so every JDBC combination took the same database.
                String key = new TreeMap<>(choices) + " " + option.id();
                List<String> values = option.valueIds();
                choices.put(option.id(), values.get(Math.floorMod(mix(key.hashCode()), values.size())));
            }
        }
    }

    private Optional<String> timestampColumn() {
        return catalog.option("schema")
                .flatMap(schema -> SchemaDdl.parse(schema.defaultValue()).stream()
                        .filter(column -> column.type().equalsIgnoreCase("TIMESTAMP"))
                        .map(SchemaDdl.Column::name)
                        .findFirst());
    }

    private boolean applies(OptionDef option, Map<String, String> choices) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        for (OptionDef enumerated : catalog.options(OptionScope.PIPELINE)) {
            String value = choices.getOrDefault(enumerated.id(), enumerated.defaultValue());
            if (value != null) {
                facts.put(enumerated.id(), List.of(value));
            }
        }
        return option.appliesTo().matches(facts);
    }

    private static List<String> ids(List<OptionDef> options) {
        return options.stream().map(OptionDef::id).collect(Collectors.toList());
    }
}
