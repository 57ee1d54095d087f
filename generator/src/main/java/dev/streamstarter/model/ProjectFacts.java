package dev.streamstarter.model;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.CheckedProject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Facts about a whole project: the union of its pipelines' facts. File conditions test these
 * (a project gets the socket feeder when any pipeline reads a socket).
 */
public final class ProjectFacts {

    private ProjectFacts() {}

    /** Every fact name to every value any pipeline has. */
    public static Map<String, Set<String>> union(CheckedProject project) {
        Map<String, Set<String>> facts = new LinkedHashMap<>();
        for (CheckedPipeline pipeline : project.pipelines()) {
            pipeline.facts().forEach((name, values) ->
                    facts.computeIfAbsent(name, key -> new LinkedHashSet<>()).addAll(values));
        }
        return facts;
    }

    /** Flags templates branch on: {@code has.<fact><Value>}, e.g. {@code has.sourceSocket}. */
    public static Map<String, Boolean> flags(CheckedProject project) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        Map<String, Set<String>> facts = union(project);
        flags.put("socketSource", contains(facts.get("source"), "socket"));
        flags.put("fileSource", contains(facts.get("source"), "file"));
        flags.put("fileSink", contains(facts.get("sink"), "file"));
        flags.put("memorySink", contains(facts.get("sink"), "memory"));
        flags.put("consoleSink", contains(facts.get("sink"), "console"));
        flags.put("kafkaSource", contains(facts.get("source"), "kafka"));
        flags.put("kafkaSink", contains(facts.get("sink"), "kafka"));
        flags.put("kafka", contains(facts.get("kafka"), "true"));
        flags.put("jdbcSink", contains(facts.get("sink"), "jdbc"));
        // One database per project (the checker makes sure): its driver, URL and test server.
        flags.put("postgresql", contains(facts.get("database"), "postgresql"));
        flags.put("mysql", contains(facts.get("database"), "mysql"));
        flags.put("latestOffsets", contains(facts.get("startingOffsets"), "latest"));
        // Local services the tests and the local run start themselves.
        flags.put("services", contains(facts.get("services"), "true"));
        return flags;
    }

    private static boolean contains(Collection<String> values, String value) {
        return values != null && values.contains(value);
    }
}
