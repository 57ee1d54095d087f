package dev.streamstarter.fuzz;

import dev.streamstarter.catalog.OptionDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The options of {@code new DIR ...}: kind choices first (so that the options which apply to them
 * are known), then a few options set to fuzzed values, each given as {@code --flag value} or
 * {@code --flag=value}, and now and then a flag given twice or a stray argument.
 */
final class CliArguments {

    private static final List<String> STRAY = List.of("--sourc", "--SOURCE", "-s", "--source-", "---source",
            "extra", "--force", "--spec", "--help", "-h", "-", "--", "@args", "");

    private CliArguments() {}

    /** The arguments after {@code new DIR}: option flags, or now and then a hostile spec path. */
    static List<String> options(Random random) {
        if (Picks.oneIn(random, 25)) {
            return List.of("--spec", HostileStrings.any(random));
        }
        Map<String, String> kinds = startingPoint(random);
        Map<String, String> chosen = new LinkedHashMap<>(kinds);
        for (int i = random.nextInt(3); i > 0; i--) {
            put(chosen, setting(random, kinds, OptionValues::validOne));
        }
        for (int i = fuzzedCount(random); i > 0; i--) {
            put(chosen, setting(random, kinds, OptionValues::fuzzed));
        }
        List<String> arguments = new ArrayList<>();
        chosen.forEach((id, value) -> arguments.addAll(flag(random, CatalogOptions.option(id).flag(), value)));
        if (!arguments.isEmpty() && Picks.oneIn(random, 40)) {
            // The same flag twice: picocli must refuse it, not keep one of them.
            arguments.addAll(List.copyOf(arguments.subList(0, arguments.get(0).contains("=") ? 1 : 2)));
        }
        if (Picks.oneIn(random, 25)) {
            arguments.add(random.nextInt(arguments.size() + 1), Picks.one(random, STRAY));
        }
        return List.copyOf(arguments);
    }

    /** Both picocli forms; '--flag=value' is the only one for a value like '-x'. */
    private static List<String> flag(Random random, String flag, String value) {
        return Picks.oneIn(random, 4) ? List.of(flag + "=" + value) : List.of(flag, value);
    }

    /** Accepted choices (3 in 4), or kinds chosen at random (which the rules may refuse). */
    static Map<String, String> startingPoint(Random random) {
        return random.nextInt(4) < 3 ? Picks.one(random, AcceptedChoices.ALL) : kindChoices(random);
    }

    /** Source, pattern, sink and trigger: each left to its default or chosen from its values. */
    static Map<String, String> kindChoices(Random random) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String id : CatalogOptions.KIND_OPTIONS) {
            double chosen = id.equals("trigger") ? 0.2 : 0.6;
            if (random.nextDouble() < chosen) {
                kinds.put(id, Picks.one(random, CatalogOptions.option(id).valueIds()));
            }
        }
        return kinds;
    }

    /** How many options get a fuzzed value: none in half the cases, so that many are accepted. */
    static int fuzzedCount(Random random) {
        int roll = random.nextInt(10);
        return roll < 5 ? 0 : roll < 8 ? 1 : 2;
    }

    /** One option and its value: mostly (8 in 9) an option that applies to the kinds, sometimes any. */
    static Map.Entry<String, String> setting(Random random, Map<String, String> kinds,
            BiFunction<Random, OptionDef, String> values) {
        OptionDef option = Picks.oneIn(random, 9) ? Picks.one(random, CatalogOptions.all())
                : Picks.one(random, CatalogOptions.applicable(kinds));
        return Map.entry(option.id(), values.apply(random, option));
    }

    private static void put(Map<String, String> chosen, Map.Entry<String, String> setting) {
        chosen.put(setting.getKey(), setting.getValue());
    }
}
