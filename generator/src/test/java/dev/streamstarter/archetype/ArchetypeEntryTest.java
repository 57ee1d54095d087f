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
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("outputMode", "append"),
                work.resolve("bad").toString());

        String messages = err.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).isNotZero();
        assertThat(messages.lines().findFirst()).hasValueSatisfying(
                first -> assertThat(first).startsWith("error: -DoutputMode append needs a watermark"));
        assertThat(messages).doesNotContain("--output-mode", "--watermark", "--event-time");
        assertThat(Files.exists(work.resolve("bad"))).as("nothing is left behind").isFalse();
    }

    @Test
    void eachFlagBecomesItsOwnPropertyWhereFlagsShareWords() {
        assertThat(ArchetypeEntry.asProperties(CATALOG,
                "set --event-time and --other-event-time, --sink file and --sink-format parquet, --watermark=10m"))
                .isEqualTo("set -DeventTime and -DotherEventTime, -Dsink file and -DsinkFormat parquet, -Dwatermark=10m");
    }
}
