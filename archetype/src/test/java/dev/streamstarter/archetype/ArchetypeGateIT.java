package dev.streamstarter.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invalid choices fail {@code mvn archetype:generate} with the CLI's message, naming archetype
 * properties ({@code -DoutputMode}) where the CLI names flags, and leave nothing.
 */
class ArchetypeGateIT {

    @TempDir
    static Path scratch;

    private static ArchetypeRun archetype;

    @BeforeAll
    static void packageArchetype() throws Exception {
        archetype = new ArchetypeRun(scratch);
    }

    @Test
    void anUnknownSourceFailsWithTheCliMessageAndLeavesNoProject() throws Exception {
        assertRejectedLikeTheCli(Map.of("artifactId", "bad", "source", "kafak"),
                "error: -Dsource 'kafak' is not allowed; allowed: file, socket");
    }

    @Test
    void anInvalidCombinationFailsWithTheRuleMessageAndLeavesNoProject() throws Exception {
        assertRejectedLikeTheCli(Map.of("artifactId", "bad", "outputMode", "append", "pattern", "grouped-aggregation"),
                "error: -DoutputMode append needs a watermark for aggregations");
    }

    @Test
    void anArtifactIdThatIsAPathFailsAndLeavesNoFoldersBehind() throws Exception {
        // The archetype plugin makes <work>/abs/path before the generator refuses the name.
        assertRejectedLikeTheCli(Map.of("artifactId", "/abs/path"),
                "error: -DartifactId '/abs/path' is not valid");
    }

    @Test
    void aMisspelledPropertyFailsNamingThePropertyItResemblesAndLeavesNoProject() throws Exception {
        Path work = scratch.resolve("work-typo");

        ArchetypeRun.Result result = archetype.generate(work, Map.of("artifactId", "typo", "fliter", "amount > 2"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.firstErrorLine())
                .contains("error: -Dfliter is not a property of this archetype; did you mean -Dfilter?");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("nothing is left behind").isEmpty();
        }
    }

    private static void assertRejectedLikeTheCli(Map<String, String> choices, String message) throws Exception {
        Path work = scratch.resolve("work-" + choices.hashCode());

        ArchetypeRun.Result result = archetype.generate(work, choices);

        assertThat(result.exitCode()).isNotZero();
        String cliFirstLine = ArchetypeEntry.asProperties(dev.streamstarter.catalog.Catalog.standard(),
                cliFirstErrorLine(choices));
        assertThat(cliFirstLine).startsWith(message);
        assertThat(result.firstErrorLine()).contains(cliFirstLine);
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("nothing is left behind").isEmpty();
        }
    }

    private static String cliFirstErrorLine(Map<String, String> choices) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = ArchetypeEntry.arguments(dev.streamstarter.catalog.Catalog.standard(), choices,
                scratch.resolve("cli-never").toString()).toArray(String[]::new);
        Main.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    }
}
