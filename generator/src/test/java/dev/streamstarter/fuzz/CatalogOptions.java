package dev.streamstarter.fuzz;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.OptionScope;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalog's options as the fuzzer sees them: every one is a string on the command line. */
final class CatalogOptions {

    static final Catalog CATALOG = Catalog.standard();

    /** The options that choose the kinds of a pipeline, whose values decide what else applies. */
    static final List<String> KIND_OPTIONS = List.of("source", "pattern", "sink", "trigger");

    private CatalogOptions() {}

    static List<OptionDef> all() {
        return CATALOG.options();
    }

    static List<OptionDef> project() {
        return CATALOG.options(OptionScope.PROJECT);
    }

    static List<OptionDef> pipeline() {
        return CATALOG.options(OptionScope.PIPELINE);
    }

    static OptionDef option(String id) {
        return CATALOG.option(id).orElseThrow(() -> new IllegalStateException("no option " + id));
    }

    /** The options that mean something for these kind choices (those not given take their default). */
    static List<OptionDef> applicable(Map<String, String> kindChoices) {
        Map<String, Collection<String>> facts = new LinkedHashMap<>();
        for (String id : KIND_OPTIONS) {
            facts.put(id, List.of(kindChoices.getOrDefault(id, option(id).defaultValue())));
        }
        return all().stream().filter(option -> option.appliesTo() == null || option.appliesTo().matches(facts))
                .toList();
    }
}
