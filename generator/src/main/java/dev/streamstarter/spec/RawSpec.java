package dev.streamstarter.spec;

import java.util.List;
import java.util.Map;

/**
 * Choices as given, before any checking: project options and, per pipeline, pipeline options.
 * Values are strings, or lists of strings for list options.
 *
 * @param project project-scope options given (e.g. groupId)
 * @param pipelines pipeline-scope options given, one map per pipeline
 * @param named whether pipelines are named in messages (spec files with several pipelines)
 */
public record RawSpec(Map<String, Object> project, List<Map<String, Object>> pipelines, boolean named) {

    public RawSpec {
        project = Map.copyOf(project);
        pipelines = pipelines.stream().<Map<String, Object>>map(Map::copyOf).toList();
    }
}
