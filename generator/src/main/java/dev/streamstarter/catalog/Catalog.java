package dev.streamstarter.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the generator knows as data: options, rules, defaults that follow other choices, how
 * {@code auto} output mode resolves, the template files with their conditions, the kind folders (in the order their parts are
 * composed), and the platform versions of generated projects.
 */
public record Catalog(
        List<OptionDef> options,
        List<RuleDef> rules,
        List<ChoiceDefault> choiceDefaults,
        List<AutoOutputMode> autoOutputModes,
        List<TemplateFile> files,
        List<KindDef> kinds,
        Map<String, String> platform) {

    private static Catalog standard;

    public Catalog {
        options = List.copyOf(options);
        rules = List.copyOf(rules);
        choiceDefaults = List.copyOf(choiceDefaults);
        autoOutputModes = List.copyOf(autoOutputModes);
        files = List.copyOf(files);
        kinds = List.copyOf(kinds);
        platform = Map.copyOf(platform);
    }

    /**
     * The catalog shipped in the templates artifact, read once per class loader (it never
     * changes); a broken one throws at every call, for Main to report.
     */
    public static synchronized Catalog standard() {
        if (standard == null) {
            standard = CatalogLoader.fromClasspath();
        }
        return standard;
    }

    /** The option with this id, if any. */
    public Optional<OptionDef> option(String id) {
        return options.stream().filter(option -> option.id().equals(id)).findFirst();
    }

    /** The kinds that these facts (of a pipeline, or a project's union) select, in composition order. */
    public List<KindDef> kindsOf(Map<String, ? extends Collection<String>> facts) {
        return kinds.stream().filter(kind -> kind.when().matches(facts)).toList();
    }

    /** The options of one scope, in catalog order. */
    public List<OptionDef> options(OptionScope scope) {
        return options.stream().filter(option -> option.scope() == scope).toList();
    }
}
