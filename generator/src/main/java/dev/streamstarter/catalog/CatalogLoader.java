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

/** Reads the catalog's YAML files and checks them, naming the offending entry on any error. */
final class CatalogLoader {

    static final String ROOT = "stream-starter/catalog/";

    private CatalogLoader() {}

    static Catalog fromClasspath() {
        Map<String, Object> options = read("options.yaml");
        Map<String, Object> rules = read("rules.yaml");
        Map<String, Object> files = read("files.yaml");
        Map<String, Object> platform = read("platform.yaml");
        return new Catalog(
                list(options, "options").stream().map(CatalogLoader::option).toList(),
                list(rules, "rules").stream().map(CatalogLoader::rule).toList(),
                list(rules, "autoOutputMode").stream().map(CatalogLoader::autoMode).toList(),
                list(files, "files").stream().map(CatalogLoader::file).toList(),
                strings(platform));
    }

    private static OptionDef option(Map<String, Object> entry) {
        String id = text(entry, "id", "option");
        List<OptionValue> values = new ArrayList<>();
        for (Map<String, Object> value : list(entry, "values")) {
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
                condition(entry.get("appliesTo")));
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

    private static AutoOutputMode autoMode(Map<String, Object> entry) {
        return new AutoOutputMode(condition(entry.get("when")), text(entry, "mode", "autoOutputMode"));
    }

    private static TemplateFile file(Map<String, Object> entry) {
        return new TemplateFile(text(entry, "path", "file"), condition(entry.get("when")));
    }

    @SuppressWarnings("unchecked")
    private static Condition condition(Object raw) {
        if (raw == null) {
            return Condition.ALWAYS;
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
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("catalog file " + ROOT + name + " is not on the classpath");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog file " + name, e);
        }
    }
}
