package dev.streamstarter.agreement;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.spec.FlatOptions;
import dev.streamstarter.spec.SchemaDdl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes chosen combinations as multi-pipeline spec files, up to 18 pipelines per project (each
 * project costs a Maven build, a compile, a Spark start and its servers' starts, so fewer and larger
 * projects reach green sooner). Socket and
 * rate pipelines get selects whose string values match the bundled data of a join's other side
 * ({@code user-1}, ...), so that every pipeline's own tests have rows to check. Kafka sources
 * read a topic named after their pipeline, so the pipelines of a project keep their records apart.
 */
final class CoverageSpecWriter {

    static final int PIPELINES_PER_PROJECT = 18;

    private CoverageSpecWriter() {}

    static void write(Catalog catalog, List<Combination> combinations, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path file : old.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.delete(file);
            }
        }
        // A job writes to one database: MySQL pipelines get projects of their own. So do Cassandra
        // pipelines, which keep the one project that starts a Cassandra server small.
        List<Combination> ordered = new ArrayList<>();
        List<List<Integer>> projects = new ArrayList<>();
        for (String server : List.of("", "mysql", "cassandra")) {
            int first = ordered.size();
            combinations.stream().filter(c -> server(c).equals(server)).forEach(ordered::add);
            chunk(first, ordered.size(), projects);
        }
        for (int project = 0; project < projects.size(); project++) {
            List<Map<String, Object>> pipelines = new ArrayList<>();
            for (int i : projects.get(project)) {
                pipelines.add(pipeline(catalog, ordered.get(i), i + 1));
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            String name = String.format(Locale.ROOT, "coverage-%02d", project + 1);
            spec.put("groupId", "dev.streamstarter.coverage");
            spec.put("artifactId", name);
            spec.put("package", "dev.streamstarter.coverage.c" + String.format(Locale.ROOT, "%02d", project + 1));
            spec.put("pipelines", pipelines);
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setWidth(120);
            Files.writeString(folder.resolve(name + ".yaml"),
                    "# Written by CoverageSpecsCoverEveryPairTest (-Dcoverage.write=true): a pairwise cover.\n"
                            + new Yaml(options).dump(spec), StandardCharsets.UTF_8);
        }
    }

    /** The server that sets a combination's project apart: mysql, cassandra, or none (""). */
    private static String server(Combination combination) {
        String sink = combination.choices().getOrDefault("sink", "");
        if (sink.equals("jdbc") && "mysql".equals(combination.choices().get("database"))) {
            return "mysql";
        }
        return sink.equals("cassandra") ? "cassandra" : "";
    }

    /** Indexes from (inclusive) to (exclusive) in projects of at most PIPELINES_PER_PROJECT. */
    private static void chunk(int from, int to, List<List<Integer>> projects) {
        for (int start = from; start < to; start += PIPELINES_PER_PROJECT) {
            List<Integer> project = new ArrayList<>();
            for (int i = start; i < Math.min(to, start + PIPELINES_PER_PROJECT); i++) {
                project.add(i);
            }
            projects.add(project);
        }
    }

    private static Map<String, Object> pipeline(Catalog catalog, Combination combination, int number) {
        Map<String, Object> pipeline = new LinkedHashMap<>();
        pipeline.put("pipelineName", String.format(Locale.ROOT, "p%02d", number));
        combination.choices().forEach((id, value) -> {
            if (id.equals("package") || id.equals("pipelineName")) {
                return;
            }
            boolean list = catalog.option(id).map(OptionDef::isList).orElse(false);
            pipeline.put(id, list ? FlatOptions.splitList(value) : value);
        });
        String source = combination.choices().getOrDefault("source", "file");
        if (source.equals("socket") || source.equals("rate")) {
            pipeline.put("select", selects(catalog, source));
        }
        if (source.equals("socket")) {
            pipeline.put("socketPort", String.valueOf(9940 + number));
        }
        if (pipeline.containsKey(SourceFixture.Kafka.TOPIC)) {
            // The harness's topic is named after its pipeline; so is the coverage pipeline's.
            pipeline.put(SourceFixture.Kafka.TOPIC, pipeline.get("pipelineName"));
        }
        return pipeline;
    }

    private static List<String> selects(Catalog catalog, String source) {
        String number = source.equals("rate") ? "value % 3 + 1" : "length(value) % 3 + 1";
        List<String> selects = new ArrayList<>();
        for (SchemaDdl.Column column : SchemaDdl.parse(catalog.option("schema").orElseThrow().defaultValue())) {
            String name = column.name();
            selects.add(switch (column.type()) {
                case "STRING" -> "concat('" + name + "-', CAST(" + number + " AS STRING)) AS " + name;
                case "TIMESTAMP" -> (source.equals("rate") ? "timestamp" : "TIMESTAMP '2026-01-01 09:00:00'")
                        + " AS " + name;
                default -> "CAST(" + number + " AS " + column.type() + ") AS " + name;
            });
        }
        return selects;
    }
}
