package dev.streamstarter.spec;

import java.util.List;

/** A whole project: Maven coordinates, Java package and one or more pipelines. */
public record ProjectSpec(
        String groupId, String artifactId, String version, String packageName, List<PipelineSpec> pipelines) {

    public ProjectSpec {
        pipelines = List.copyOf(pipelines);
    }
}
