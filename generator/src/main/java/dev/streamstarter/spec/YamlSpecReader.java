package dev.streamstarter.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a spec file: project options at the top level and a {@code pipelines} list of pipeline
 * options, keyed by option id.
 */
public final class YamlSpecReader {

    private YamlSpecReader() {}

    /** Parses spec text; throws {@link IllegalArgumentException} on malformed YAML or shape. */
    public static RawSpec read(String text) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("the spec is not valid YAML: " + firstLine(e.getMessage()), e);
        }
        if (!(document instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException("the spec must be a YAML mapping with a 'pipelines' list");
        }
        Map<String, Object> project = new LinkedHashMap<>();
        List<Map<String, Object>> pipelines = new ArrayList<>();
        for (var entry : top.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.equals("pipelines")) {
                pipelines.addAll(pipelineList(entry.getValue()));
            } else {
                project.put(key, scalarOrList(key, entry.getValue()));
            }
        }
        if (pipelines.isEmpty()) {
            throw new IllegalArgumentException("the spec has no pipelines: add a 'pipelines' list with at least one entry");
        }
        return new RawSpec(project, pipelines, true);
    }

    private static List<Map<String, Object>> pipelineList(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("'pipelines' must be a list of mappings");
        }
        List<Map<String, Object>> pipelines = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("each entry of 'pipelines' must be a mapping of options");
            }
            Map<String, Object> pipeline = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                pipeline.put(key, isSampleInput(key) ? files(key, v) : scalarOrList(key, v));
            });
            pipelines.add(pipeline);
        }
        return pipelines;
    }

    private static boolean isSampleInput(String key) {
        return key.equals(SampleInput.FILES_KEY) || key.equals(SampleInput.OTHER_FILES_KEY);
    }

    /** Sample input: a mapping of file name to the file's text, kept in order. */
    private static Map<String, String> files(String key, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("'" + key + "' must be a mapping of file name to file content");
        }
        Map<String, String> files = new LinkedHashMap<>();
        map.forEach((name, content) -> files.put(scalar(key, name), scalar(key, content)));
        return files;
    }

    private static Object scalarOrList(String key, Object value) {
        if (value instanceof Map<?, ?> map) {
            // A mapping (sparkConf) is read as its 'key=value' entries, in order.
            return map.entrySet().stream()
                    .map(entry -> scalar(key, entry.getKey()) + "=" + scalar(key, entry.getValue()))
                    .toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> scalar(key, item)).toList();
        }
        return scalar(key, value);
    }

    private static String scalar(String key, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException("option '" + key + "' must be a text value, a list or a mapping of text values");
        }
        return String.valueOf(value);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
