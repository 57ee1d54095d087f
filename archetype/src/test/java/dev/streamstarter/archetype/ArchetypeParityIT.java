package dev.streamstarter.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same choices through {@code mvn archetype:generate} and through the CLI give the same bytes. */
class ArchetypeParityIT {

    @TempDir
    static Path scratch;

    private static ArchetypeRun archetype;

    @BeforeAll
    static void packageArchetype() throws Exception {
        archetype = new ArchetypeRun(scratch);
    }

    static Stream<Map<String, String>> choiceSets() {
        return Stream.of(
                Map.of(),
                Map.of("artifactId", "agg", "groupId", "org.acme", "package", "org.acme.agg.job",
                        "sourceFormat", "csv", "groupBy", "user;action",
                        "aggregations", "count(*) AS count;sum(amount) AS total", "sink", "memory",
                        "outputMode", "complete", "trigger", "available-now"),
                Map.of("artifactId", "words", "source", "socket", "pipelineName", "word-count",
                        "select", "explode(split(value, ' ')) AS word", "filter", "word != ''",
                        "groupBy", "word", "socketPort", "9911"),
                Map.of("artifactId", "copy", "pattern", "passthrough", "sink", "file", "sinkFormat", "parquet",
                        "filter", "amount > 2 AND user != \"$x#y\"", "triggerInterval", "5 seconds"),
                Map.of("artifactId", "windows", "pattern", "sliding-window", "eventTime", "ts",
                        "watermark", "15 minutes", "windowDuration", "20 minutes", "slideDuration", "5 minutes",
                        "groupBy", "none", "sink", "foreach"),
                Map.of("artifactId", "rate", "source", "rate", "rowsPerSecond", "50", "pattern", "passthrough",
                        "trigger", "continuous", "sink", "memory"),
                Map.of("artifactId", "orders", "pipelineName", "orders", "source", "kafka",
                        "pattern", "deduplication", "sink", "kafka", "kafkaKey", "user"),
                Map.of("artifactId", "upserts", "source", "kafka", "sourceTopicPattern", "ev[a-z]*",
                        "pattern", "passthrough", "sink", "jdbc", "upsertKeys", "user;ts", "jdbcTable", "seen"),
                Map.of("artifactId", "lesson-4", "pattern", "tumbling-window", "eventTime", "ts",
                        "watermark", "10 minutes", "sink", "cassandra", "outputMode", "update",
                        "cassandraKeyspace", "lessons", "cassandraHost", "cassandra-1:9042"));
    }

    @ParameterizedTest
    @MethodSource("choiceSets")
    void archetypeAndCliGenerateIdenticalProjects(Map<String, String> choices) throws Exception {
        String artifactId = choices.getOrDefault("artifactId", "stream-job");
        Path archetypeSide = scratch.resolve("archetype-" + artifactId);

        ArchetypeRun.Result result = archetype.generate(archetypeSide, choices);

        assertThat(result.exitCode()).as(result.output()).isZero();
        Path cliSide = scratch.resolve("cli-" + artifactId).resolve(artifactId);
        int exitCode = Main.run(new PrintStream(new ByteArrayOutputStream()), System.err, cliArgs(cliSide, choices));
        assertThat(exitCode).isZero();
        assertThat(ProjectTree.of(archetypeSide.resolve(artifactId))).isEqualTo(ProjectTree.of(cliSide));
        try (Stream<Path> entries = Files.list(archetypeSide)) {
            assertThat(entries).as("only the project is left, no generator jar").hasSize(1);
        }
    }

    private static String[] cliArgs(Path target, Map<String, String> choices) {
        List<String> args = new ArrayList<>(List.of("new", target.toString()));
        Map<String, String> sorted = new LinkedHashMap<>(choices);
        sorted.forEach((id, value) -> args.add("--" + id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase()
                + "=" + value));
        return args.toArray(String[]::new);
    }
}
