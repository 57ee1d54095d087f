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
 * columns (see {@link SourceFixture}).
 *
 * <p>For Spark, values of a crossed option that no error rule (nor auto output mode) names behave
 * alike as far as the rules can tell (console, memory and foreach sinks, say): {@link #of} takes
 * one of them per combination, spread over the space, so that each is still asked about.
 * {@link #full} crosses every value, for checks that do not start queries.
 */
final class OptionSpace {

    /** The watermark delay every watermarked combination uses. */
    static final String WATERMARK = "10 minutes";

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
        List<Combination> combinations = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (Map<String, String> base : bases) {
            for (Map<String, String> variant : eventTimeVariants(base)) {
                Map<String, String> choices = new LinkedHashMap<>(base);
                choices.putAll(variant);
                sample(choices);
                String source = choices.getOrDefault("source", catalog.option("source").orElseThrow().defaultValue());
                Optional<SourceFixture> fixture = SourceFixture.forSource(source);
                if (fixture.isEmpty()) {
                    skipped.merge("source '" + source + "': the harness has no input for it (add a SourceFixture)",
                            1, Integer::sum);
                    continue;
                }
                choices.putAll(fixture.get().choices(catalog));
                String id = String.format(Locale.ROOT, "c%04d", combinations.size() + 1);
                choices.put("package", "agreement." + id);
                choices.put("pipelineName", "q" + id.substring(1));
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
        for (String value : valuesToCross(option, choices)) {
            choices.put(option.id(), value);
            expand(index + 1, choices, out);
            choices.remove(option.id());
        }
    }

    /** The values named by error rules each, plus one of the others, chosen by the other choices. */
    private List<String> valuesToCross(OptionDef option, Map<String, String> choices) {
        if (full) {
            return option.valueIds();
        }
        Set<String> distinguished = named.getOrDefault(option.id(), Set.of());
        List<String> values = new ArrayList<>();
        List<String> alike = new ArrayList<>();
        for (String value : option.valueIds()) {
            (distinguished.contains(value) ? values : alike).add(value);
        }
        if (!alike.isEmpty()) {
            values.add(alike.get(Math.floorMod(new TreeMap<>(choices).toString().hashCode(), alike.size())));
        }
        return values;
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
        // Join keys must exist on both sides, so the event-time column is never one of them.
        Optional<OptionDef> keys = catalog.options(OptionScope.PIPELINE).stream()
                .filter(option -> option.kind() == ValueKind.COLUMN_LIST && applies(option, choices))
                .filter(option -> !option.id().equals("joinOn"))
                .findFirst();
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

    /** Each sampled option that applies takes one value, spread over the space by the other choices. */
    private void sample(Map<String, String> choices) {
        for (OptionDef option : sampled) {
            if (applies(option, choices)) {
                String key = new TreeMap<>(choices).toString();
                List<String> values = option.valueIds();
                choices.put(option.id(), values.get(Math.floorMod(key.hashCode(), values.size())));
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
