package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.spec.FlatOptions;
import dev.streamstarter.spec.RawSpec;
import dev.streamstarter.spec.YamlSpecReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The projects the repository builds elsewhere (coverage specs, samples, archetype IT projects)
 * must render to the bytes recorded in {@code generated-trees.sha256}: a change to the template
 * tree that changes generated output shows up here, file by file. After a deliberate change,
 * re-record with {@code mvn -pl generator test -Dtest=GeneratedTreesTest -Dgenerated.trees.update=true}
 * and say in the commit which files changed and why. {@code -Dgenerated.trees.dump=DIR} writes
 * every rendered tree below DIR, to diff against a dump of an earlier commit.
 */
class GeneratedTreesTest {

    private static final Path MANIFEST = Path.of("src/test/resources/generated-trees.sha256");

    @Test
    void everyRecordedProjectRendersToTheRecordedBytes() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        Generator generator = Generator.standard();
        // To see what changed: dump the trees, then diff them with a dump of the last good commit.
        String dump = System.getProperty("generated.trees.dump", "");
        for (var project : projects().entrySet()) {
            for (var file : generator.render(project.getValue()).entrySet()) {
                String path = project.getKey() + "/" + file.getKey();
                actual.put(path, sha256(file.getValue()));
                if (!dump.isEmpty()) {
                    Path target = Path.of(dump).resolve(path);
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            }
        }
        if (Boolean.getBoolean("generated.trees.update")) {
            List<String> lines = new ArrayList<>();
            actual.forEach((path, hash) -> lines.add(hash + "  " + path));
            Files.write(MANIFEST, lines, StandardCharsets.UTF_8);
        }
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(MANIFEST, StandardCharsets.UTF_8)) {
            recorded.put(line.substring(66), line.substring(0, 64));
        }
        assertThat(actual.keySet()).as("generated files").containsExactlyElementsOf(recorded.keySet());
        List<String> changed = actual.keySet().stream()
                .filter(path -> !actual.get(path).equals(recorded.get(path)))
                .toList();
        assertThat(changed).as("files whose bytes changed").isEmpty();
    }

    /** Case name to choices: coverage specs, sample specs, archetype IT properties. */
    private static Map<String, RawSpec> projects() throws IOException {
        Map<String, RawSpec> projects = new LinkedHashMap<>();
        for (Path spec : list(Path.of("../coverage/specs"), ".yaml")) {
            projects.put("coverage/" + spec.getFileName(), YamlSpecReader.read(Files.readString(spec)));
        }
        for (Path sample : list(Path.of("../samples"), "")) {
            Path spec = sample.resolve(ProjectRenderer.SPEC_FILE);
            if (Files.exists(spec)) {
                projects.put("samples/" + sample.getFileName(), YamlSpecReader.read(Files.readString(spec)));
            }
        }
        for (Path it : list(Path.of("../archetype/src/test/resources/projects"), "")) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(it.resolve("archetype.properties"))) {
                properties.load(in);
            }
            Map<String, String> choices = new LinkedHashMap<>();
            properties.stringPropertyNames().stream().sorted()
                    .forEach(name -> choices.put(name, properties.getProperty(name)));
            projects.put("archetype/" + it.getFileName(), FlatOptions.read(Catalog.standard(), choices));
        }
        // Choices no project above makes: the archetype parity sets, and filters on every pattern shape.
        CHOICES.forEach((name, choices) -> projects.put("choices/" + name, FlatOptions.read(Catalog.standard(), choices)));
        return projects;
    }

    private static final Map<String, Map<String, String>> CHOICES = new LinkedHashMap<>();

    static {
        CHOICES.put("defaults", Map.of());
        CHOICES.put("csv-complete-memory", Map.of("artifactId", "agg", "groupId", "org.acme", "package", "org.acme.agg.job",
                "sourceFormat", "csv", "groupBy", "user;action",
                "aggregations", "count(*) AS count;sum(amount) AS total", "sink", "memory",
                "outputMode", "complete", "trigger", "available-now"));
        CHOICES.put("socket-select-filter", Map.of("artifactId", "words", "source", "socket", "pipelineName", "word-count",
                "select", "explode(split(value, ' ')) AS word", "filter", "word != ''",
                "groupBy", "word", "socketPort", "9911"));
        CHOICES.put("passthrough-parquet-filter", Map.of("artifactId", "copy", "pattern", "passthrough", "sink", "file",
                "sinkFormat", "parquet", "filter", "amount > 2 AND user != \"$x#y\"", "triggerInterval", "5 seconds"));
        CHOICES.put("sliding-foreach", Map.of("artifactId", "windows", "pattern", "sliding-window", "eventTime", "ts",
                "watermark", "15 minutes", "windowDuration", "20 minutes", "slideDuration", "5 minutes",
                "groupBy", "none", "sink", "foreach"));
        CHOICES.put("rate-continuous", Map.of("artifactId", "rate", "source", "rate", "rowsPerSecond", "50",
                "pattern", "passthrough", "trigger", "continuous", "sink", "memory"));
        CHOICES.put("kafka-dedup-kafka", Map.of("artifactId", "orders", "pipelineName", "orders", "source", "kafka",
                "pattern", "deduplication", "sink", "kafka", "kafkaKey", "user"));
        CHOICES.put("kafka-pattern-jdbc", Map.of("artifactId", "upserts", "source", "kafka", "sourceTopicPattern", "ev[a-z]*",
                "pattern", "passthrough", "sink", "jdbc", "upsertKeys", "user;ts", "jdbcTable", "seen"));
        CHOICES.put("kafka-filter-watermark-mysql", Map.of("source", "kafka", "pattern", "passthrough", "filter",
                "amount > 1", "eventTime", "ts", "watermark", "5 minutes", "sink", "jdbc", "database", "mysql",
                "upsertKeys", "user;ts", "startingOffsets", "latest"));
        CHOICES.put("grouped-filter-update", Map.of("filter", "action = 'buy'", "outputMode", "update", "sink", "memory"));
        CHOICES.put("dedup-filter-watermark", Map.of("pattern", "deduplication", "dedupBy", "user;ts", "filter",
                "amount > 0", "eventTime", "ts", "watermark", "10 minutes", "sink", "file"));
        CHOICES.put("static-join-filter-csv", Map.of("pattern", "stream-static-join", "joinType", "left-outer",
                "filter", "amount > 1", "otherFormat", "csv", "sink", "memory"));
        CHOICES.put("session-kafka-sink", Map.of("pattern", "session-window", "eventTime", "ts", "watermark",
                "10 minutes", "sessionGap", "5 minutes", "groupBy", "user", "sink", "kafka", "kafkaValue", "to_json(struct(*))"));
    }

    private static List<Path> list(Path folder, String suffix) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
