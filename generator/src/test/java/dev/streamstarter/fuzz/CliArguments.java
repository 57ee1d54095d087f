package dev.streamstarter.fuzz;

import dev.streamstarter.catalog.OptionDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The options of {@code new DIR ...}: kind choices first (so that the options which apply to them
 * are known), then a few options set to fuzzed values, each given as {@code --flag value} or
 * {@code --flag=value}, and now and then a stray argument.
 */
final class CliArguments {

    private static final List<String> STRAY = List.of("--sourc", "--SOURCE", "-s", "--source-", "---source",
            "extra", "--force", "--spec", "--help", "-", "--", "@args");

    private CliArguments() {}

    /** The arguments after {@code new DIR}: option flags, or now and then a hostile spec path. */
    static Arbitrary<List<String>> options() {
        return Arbitraries.frequencyOf(
                Tuple.of(24, optionFlags()),
                Tuple.of(1, HostileStrings.any().map(path -> List.of("--spec", path))));
    }

    private static Arbitrary<List<String>> optionFlags() {
        return startingPoint().flatMap(kinds -> Combinators.combine(
                        settings(kinds, OptionValues::validOne).list().ofMaxSize(2),
                        fuzzedCount().flatMap(count -> settings(kinds, OptionValues::fuzzed).list().ofSize(count)),
                        Arbitraries.of(STRAY).optional(0.04))
                .as((valid, fuzzed, stray) -> {
                    Map<String, String> chosen = new LinkedHashMap<>(kinds);
                    valid.forEach(setting -> chosen.put(setting.get1(), setting.get2()));
                    fuzzed.forEach(setting -> chosen.put(setting.get1(), setting.get2()));
                    List<String> arguments = new ArrayList<>();
                    chosen.forEach((id, value) -> {
                        String flag = CatalogOptions.option(id).flag();
                        // Both picocli forms; '--flag=value' is the only one for a value like '-x'.
                        if (value.hashCode() % 4 == 0) {
                            arguments.add(flag + "=" + value);
                        } else {
                            arguments.add(flag);
                            arguments.add(value);
                        }
                    });
                    stray.ifPresent(arguments::add);
                    return List.copyOf(arguments);
                }));
    }

    /** Accepted choices, or kinds chosen at random (which the rules may refuse). */
    static Arbitrary<Map<String, String>> startingPoint() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(AcceptedChoices.ALL)), Tuple.of(1, kindChoices()));
    }

    /** Source, pattern, sink and trigger: each left to its default or chosen from its values. */
    static Arbitrary<Map<String, String>> kindChoices() {
        List<Arbitrary<Tuple.Tuple2<String, String>>> each = CatalogOptions.KIND_OPTIONS.stream()
                .map(id -> Arbitraries.of(CatalogOptions.option(id).valueIds()).optional(id.equals("trigger") ? 0.2 : 0.6)
                        .map(value -> Tuple.of(id, value.orElse(null))))
                .toList();
        return Combinators.combine(each).as(pairs -> {
            Map<String, String> kinds = new LinkedHashMap<>();
            pairs.stream().filter(pair -> pair.get2() != null).forEach(pair -> kinds.put(pair.get1(), pair.get2()));
            return kinds;
        });
    }

    /** How many options get a fuzzed value: none in two cases of five, so that many are accepted. */
    static Arbitrary<Integer> fuzzedCount() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)), Tuple.of(4, Arbitraries.just(1)),
                Tuple.of(2, Arbitraries.just(2)));
    }

    /** One option and its value: mostly an option that applies to the kinds, sometimes any. */
    private static Arbitrary<Tuple.Tuple2<String, String>> settings(Map<String, String> kinds,
            java.util.function.Function<OptionDef, Arbitrary<String>> values) {
        List<OptionDef> applicable = CatalogOptions.applicable(kinds);
        Arbitrary<OptionDef> option = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(applicable)),
                Tuple.of(1, Arbitraries.of(CatalogOptions.all())));
        return option.flatMap(def -> values.apply(def).map(value -> Tuple.of(def.id(), value)));
    }
}
