package dev.streamstarter.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the catalog's YAML files and the kind folders they register, merges them into one
 * catalog and checks it, naming the offending entry on any error.
 *
 * <p>Composition: {@code catalog/kinds.yaml} lists the kind folders per axis. An option of
 * {@code options.yaml} with {@code kinds: <axis>} takes its values from those folders'
 * {@code kind.yaml}, and their own options follow it, kind by kind. Rules: {@code rules.yaml} in
 * order, where each {@code fromKinds: {axis, severity}} entry stands for those kinds' rules.
 * Defaults that follow choices: every kind's {@code defaults}, then those of {@code rules.yaml}.
 * Files: the shared tree's, then every kind's, each also conditioned on the kind.
 */
final class CatalogLoader {

    static final String TEMPLATES = "stream-starter/";
    static final String ROOT = TEMPLATES + "catalog/";

    /** Axes in the order their kinds' parts are composed into shared templates. */
    private static final List<String> AXES = List.of("source", "pattern", "service", "sink");

    private CatalogLoader() {}

    static Catalog fromClasspath() {
        Map<String, Object> options = read(ROOT + "options.yaml");
        Map<String, Object> rules = read(ROOT + "rules.yaml");
        Map<String, Object> files = read(ROOT + "files.yaml");
        Map<String, Object> platform = read(ROOT + "platform.yaml");
        List<Kind> kinds = kinds(read(ROOT + "kinds.yaml"));

        List<OptionDef> optionDefs = new ArrayList<>();
        for (Map<String, Object> entry : list(options, "options")) {
            Object axis = entry.get("kinds");
            if (axis == null) {
                optionDefs.add(option(entry, List.of()));
                continue;
            }
            List<Kind> ofAxis = kinds.stream().filter(kind -> kind.def().axis().equals(axis)).toList();
            List<Map<String, Object>> values = new ArrayList<>();
            ofAxis.forEach(kind -> values.addAll(list(kind.yaml(), "values")));
            optionDefs.add(option(entry, values));
            ofAxis.forEach(kind -> list(kind.yaml(), "options").forEach(option -> optionDefs.add(option(option, List.of()))));
        }

        List<RuleDef> ruleDefs = new ArrayList<>();
        int placed = 0;
        for (Map<String, Object> entry : list(rules, "rules")) {
            if (!entry.containsKey("fromKinds")) {
                ruleDefs.add(rule(entry));
                continue;
            }
            // A placeholder: the rules of one axis's kinds, of one severity, go here.
            @SuppressWarnings("unchecked")
            Map<String, Object> from = (Map<String, Object>) entry.get("fromKinds");
            String axis = text(from, "axis", "fromKinds");
            RuleDef.Severity severity = RuleDef.Severity.valueOf(text(from, "severity", "fromKinds").toUpperCase(Locale.ROOT));
            for (Kind kind : kinds) {
                if (kind.def().axis().equals(axis)) {
                    for (Map<String, Object> ruleEntry : list(kind.yaml(), "rules")) {
                        RuleDef rule = rule(ruleEntry);
                        if (rule.severity() == severity) {
                            ruleDefs.add(rule);
                            placed++;
                        }
                    }
                }
            }
        }
        long ofKinds = kinds.stream().mapToLong(kind -> list(kind.yaml(), "rules").size()).sum();
        if (placed != ofKinds) {
            throw new IllegalStateException("catalog rules.yaml: every axis and severity the kinds have rules of needs "
                    + "a 'fromKinds' entry saying where they go (" + (ofKinds - placed) + " kind rules unplaced)");
        }

        // A kind's defaults first: they are the more particular (a socket source's group-by).
        List<ChoiceDefault> defaults = new ArrayList<>();
        kinds.forEach(kind -> list(kind.yaml(), "defaults").forEach(entry -> defaults.add(choiceDefault(entry, optionDefs))));
        list(rules, "defaults").forEach(entry -> defaults.add(choiceDefault(entry, optionDefs)));

        List<TemplateFile> fileDefs = new ArrayList<>();
        list(files, "files").forEach(entry -> fileDefs.add(file(entry, "project/", Condition.ALWAYS)));
        for (Kind kind : kinds) {
            list(kind.yaml(), "files").forEach(entry ->
                    fileDefs.add(file(entry, kind.def().folder() + "files/", kind.def().when())));
        }
        return new Catalog(
                optionDefs,
                ruleDefs,
                defaults,
                list(rules, "autoOutputMode").stream().map(CatalogLoader::autoMode).toList(),
                fileDefs,
                kinds.stream().map(Kind::def).toList(),
                strings(platform));
    }

    /** A kind folder's definition and its {@code kind.yaml}. */
    private record Kind(KindDef def, Map<String, Object> yaml) {}

    @SuppressWarnings("unchecked")
    private static List<Kind> kinds(Map<String, Object> registry) {
        Map<String, Object> byAxis = (Map<String, Object>) registry.get("kinds");
        if (byAxis == null || !AXES.containsAll(byAxis.keySet())) {
            throw new IllegalStateException("catalog kinds.yaml: 'kinds' must map axes " + AXES + " to folder names");
        }
        List<Kind> kinds = new ArrayList<>();
        for (String axis : AXES) {
            for (Object name : (List<Object>) byAxis.getOrDefault(axis, List.of())) {
                String folder = TEMPLATES + "kinds/" + axis + "/" + name + "/kind.yaml";
                Map<String, Object> yaml = read(folder);
                List<String> values = list(yaml, "values").stream().map(value -> text(value, "id", folder)).toList();
                Condition when;
                if (axis.equals("service")) {
                    when = condition(yaml.get("when"));
                    if (when.tests().isEmpty()) {
                        throw new IllegalStateException("catalog " + folder + ": a service kind needs 'when'");
                    }
                } else if (values.isEmpty()) {
                    throw new IllegalStateException("catalog " + folder + ": a " + axis + " kind lists its values");
                } else {
                    when = new Condition(Map.of(axis, values));
                }
                kinds.add(new Kind(new KindDef(axis, String.valueOf(name), when), yaml));
            }
        }
        return kinds;
    }

    private static OptionDef option(Map<String, Object> entry, List<Map<String, Object>> kindValues) {
        String id = text(entry, "id", "option");
        List<OptionValue> values = new ArrayList<>();
        for (Map<String, Object> value : kindValues.isEmpty() ? list(entry, "values") : kindValues) {
            values.add(new OptionValue(text(value, "id", id), text(value, "description", id)));
        }
        ValueKind kind = ValueKind.fromId(text(entry, "kind", id));
        if ((kind == ValueKind.ENUM) != !values.isEmpty()) {
            throw new IllegalStateException("catalog option '" + id + "': enum options, and only they, list values");
        }
        return new OptionDef(
                id,
                OptionScope.valueOf(text(entry, "scope", id).toUpperCase(Locale.ROOT)),
                kind,
                text(entry, "default", id),
                text(entry, "description", id),
                values,
                condition(entry.get("appliesTo")),
                Boolean.TRUE.equals(entry.get("ask")));
    }

    private static RuleDef rule(Map<String, Object> entry) {
        String id = text(entry, "id", "rule");
        return new RuleDef(
                id,
                RuleDef.Severity.valueOf(text(entry, "severity", id).toUpperCase(Locale.ROOT)),
                condition(entry.get("when")),
                text(entry, "message", id),
                text(entry, "fix", id));
    }

    private static ChoiceDefault choiceDefault(Map<String, Object> entry, List<OptionDef> options) {
        String option = text(entry, "option", "defaults");
        if (options.stream().noneMatch(known -> known.id().equals(option))) {
            throw new IllegalStateException("catalog defaults: no option '" + option + "'");
        }
        return new ChoiceDefault(option, condition(entry.get("when")), text(entry, "value", option),
                text(entry, "because", option));
    }

    private static AutoOutputMode autoMode(Map<String, Object> entry) {
        return new AutoOutputMode(condition(entry.get("when")), text(entry, "mode", "autoOutputMode"));
    }

    private static TemplateFile file(Map<String, Object> entry, String folder, Condition kind) {
        String path = text(entry, "path", "file");
        String template = String.valueOf(entry.getOrDefault("template", path));
        return new TemplateFile(path, folder + template, kind.and(condition(entry.get("when"))));
    }

    @SuppressWarnings("unchecked")
    private static Condition condition(Object raw) {
        if (raw == null) {
            return Condition.ALWAYS;
        }
        if (raw instanceof List<?> alternatives) {
            return Condition.anyOf(alternatives.stream().map(CatalogLoader::condition).toList());
        }
        Map<String, List<String>> tests = new LinkedHashMap<>();
        ((Map<String, Object>) raw).forEach((fact, values) -> tests.put(fact,
                values instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(values))));
        return new Condition(tests);
    }

    private static String text(Map<String, Object> entry, String key, String owner) {
        Object value = entry.get(key);
        if (value == null) {
            throw new IllegalStateException("catalog entry '" + owner + "' has no '" + key + "'");
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> document, String key) {
        Object value = document.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static Map<String, String> strings(Map<String, Object> document) {
        Map<String, String> result = new LinkedHashMap<>();
        document.forEach((key, value) -> result.put(key, String.valueOf(value)));
        return result;
    }

    private static Map<String, Object> read(String name) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("catalog file " + name + " is not on the classpath");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog file " + name, e);
        }
    }
}
