package dev.streamstarter.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.catalog.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archetype's messages name the properties an archetype user sets, not the CLI's flags. */
class ArchetypeEntryTest {

    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void aRefusedChoiceIsNamedAsTheArchetypePropertyThatSetsIt(@TempDir Path work) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = ArchetypeEntry.run(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("outputMode", "append", "pattern", "grouped-aggregation"),
                work.resolve("bad").toString());

        String messages = err.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).isNotZero();
        assertThat(messages.lines().findFirst()).hasValueSatisfying(
                first -> assertThat(first).startsWith("error: -DoutputMode append needs a watermark"));
        assertThat(messages).doesNotContain("--output-mode", "--watermark", "--event-time");
        assertThat(Files.exists(work.resolve("bad"))).as("nothing is left behind").isFalse();
    }

    @Test
    void aMisspelledPropertyIsRefusedWithTheOptionItResemblesAndNothingIsWritten(@TempDir Path work) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // As Maven's -D properties reach the JVM: the typo among Maven's and the JVM's own.
        Map<String, String> commandLine = Map.of("fliter", "amount > 2", "maven.repo.local", "/tmp/repo",
                "user.dir", "/tmp", "skipTests", "true", "archetypeCatalog", "local", "filter", "x > 1");

        int exitCode = ArchetypeEntry.run(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), commandLine,
                work.resolve("p").toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "error: -Dfliter is not a property of this archetype; did you mean -Dfilter?",
                "nothing was written");
        assertThat(work.resolve("p")).doesNotExist();
    }

    @Test
    void propertiesOfMavenAndOtherPluginsAreNoTypos() {
        assertThat(MisspelledProperties.find(CATALOG, java.util.List.of("skipTests", "test", "debug", "quiet",
                "archetypeVersion", "interactiveMode", "outputDirectory", "maven.test.skip", "style.color")))
                .isEmpty();
        assertThat(MisspelledProperties.find(CATALOG, java.util.List.of("sourceTopik", "watermakr", "sinc")))
                .containsExactly(
                        "-Dsinc is not a property of this archetype; did you mean -Dsink?",
                        "-DsourceTopik is not a property of this archetype; did you mean -DsourceTopic?",
                        "-Dwatermakr is not a property of this archetype; did you mean -Dwatermark?");
    }

    @Test
    void eachFlagBecomesItsOwnPropertyWhereFlagsShareWords() {
        assertThat(ArchetypeEntry.asProperties(CATALOG,
                "set --event-time and --other-event-time, --sink file and --sink-format parquet, --watermark=10m"))
                .isEqualTo("set -DeventTime and -DotherEventTime, -Dsink file and -DsinkFormat parquet, -Dwatermark=10m");
    }
}
