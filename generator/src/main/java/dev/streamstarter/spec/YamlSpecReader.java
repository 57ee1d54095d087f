package dev.streamstarter.spec;

import dev.streamstarter.spec.TextYaml.Tagged;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a spec file: project options at the top level and a {@code pipelines} list of pipeline
 * options, keyed by option id. Every value is the text written (see {@link TextYaml}); tagged
 * values and empty list items are refused by the option's name.
 */
public final class YamlSpecReader {

    private YamlSpecReader() {}

    /** Parses spec text; throws {@link IllegalArgumentException} on malformed YAML or shape. */
    public static RawSpec read(String text) {
        if (!(TextYaml.load(text) instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException("the spec must be a YAML mapping with a 'pipelines' list");
        }
        Map<String, Object> project = new LinkedHashMap<>();
        List<Map<String, Object>> pipelines = new ArrayList<>();
        for (var entry : top.entrySet()) {
            String key = name(entry.getKey());
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
        if (!(untagged("pipelines", value) instanceof List<?> list)) {
            throw new IllegalArgumentException("'pipelines' must be a list of mappings");
        }
        List<Map<String, Object>> pipelines = new ArrayList<>();
        for (Object item : list) {
            if (!(untagged("pipelines", item) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("each entry of 'pipelines' must be a mapping of options");
            }
            Map<String, Object> pipeline = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = name(k);
                pipeline.put(key, isSampleInput(key) ? files(key, v) : scalarOrList(key, v));
            });
            pipelines.add(pipeline);
        }
        return pipelines;
    }

    /** An option's name; a null key stays the option 'null' it always was, for the checker to refuse. */
    private static String name(Object key) {
        if (key instanceof Tagged tagged) {
            throw new IllegalArgumentException("the spec has a key tagged " + tagged
                    + "; write option names as plain text, without a tag");
        }
        return String.valueOf(key);
    }

    private static boolean isSampleInput(String key) {
        return key.equals(SampleInput.FILES_KEY) || key.equals(SampleInput.OTHER_FILES_KEY);
    }

    /** Sample input: a mapping of file name to the file's text, kept in order. */
    private static Map<String, String> files(String key, Object value) {
        if (!(untagged(key, value) instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("'" + key + "' must be a mapping of file name to file content");
        }
        Map<String, String> files = new LinkedHashMap<>();
        map.forEach((name, content) -> files.put(scalar(key, name), scalar(key, content)));
        return files;
    }

    private static Object scalarOrList(String key, Object value) {
        if (untagged(key, value) instanceof Map<?, ?> map) {
            // A mapping (sparkConf) is read as its 'key=value' entries, in order.
            return map.entrySet().stream()
                    .map(entry -> scalar(key, entry.getKey()) + "=" + scalar(key, entry.getValue()))
                    .toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> item(key, item)).toList();
        }
        return scalar(key, value);
    }

    /** A list item must say something: an empty one would reach the code as, e.g., selectExpr(""). */
    private static String item(String key, Object value) {
        String text = scalar(key, value);
        if (text.isBlank()) {
            throw new IllegalArgumentException("option '" + key + "' has an empty item; remove it or write a value");
        }
        return text;
    }

    private static String scalar(String key, Object value) {
        if (value == null) {
            return ""; // ~, null or nothing: not given
        }
        if (!(untagged(key, value) instanceof String text)) {
            throw new IllegalArgumentException("option '" + key + "' must be a text value, a list or a mapping of text values");
        }
        return text;
    }

    private static Object untagged(String key, Object value) {
        if (value instanceof Tagged tagged) {
            throw new IllegalArgumentException("option '" + key + "' is tagged " + tagged
                    + "; write the value as plain text, without a tag");
        }
        return value;
    }
}
