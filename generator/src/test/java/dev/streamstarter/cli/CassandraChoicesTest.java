package dev.streamstarter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Cassandra sink's choices as a user meets them on the command line. */
class CassandraChoicesTest {

    @TempDir
    Path tmp;

    @Test
    void aCassandraSinkWithoutKeyColumnsSaysWhyAndWritesNothing() {
        Path target = tmp.resolve("x");

        CliRun run = CliRun.of("new", target.toString(), "--pattern", "passthrough", "--sink", "cassandra");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine())
                .startsWith("error: --sink cassandra needs --cassandra-primary-key with --pattern passthrough");
        assertThat(run.err()).contains("fix: set --cassandra-primary-key");
        assertThat(target).doesNotExist();
    }

    @Test
    void theGroupKeysAndTheWindowAreThePrimaryKeyUnlessOneIsGivenWhoseRowsMayRepeat() throws IOException {
        Path windowed = tmp.resolve("windowed");
        Path given = tmp.resolve("given");

        CliRun windowRun = CliRun.of("new", windowed.toString(), "--pattern", "tumbling-window", "--event-time", "ts",
                "--watermark", "10 minutes", "--sink", "cassandra", "--cassandra-table", "counts");
        CliRun givenRun = CliRun.of("new", given.toString(), "--pattern", "passthrough", "--sink", "cassandra",
                "--cassandra-primary-key", "user;ts", "--cassandra-keyspace", "lessons");

        assertThat(windowRun.exitCode()).isZero();
        assertThat(givenRun.exitCode()).isZero();
        String windowPipeline = Files.readString(windowed.resolve("src/main/java/com/example/EventsPipeline.java"));
        assertThat(windowPipeline)
                .contains("static final String TABLE = \"counts\";")
                .contains("static final List<String> PRIMARY_KEY = List.of(\"window_start\", \"window_end\", \"action\");")
                .contains(".foreachBatch(cassandraSink(")
                .contains("return new CassandraSink(target);");
        assertThat(Files.readString(given.resolve("src/main/java/com/example/EventsPipeline.java")))
                .contains("static final String KEYSPACE = \"lessons\";")
                .contains("static final String TABLE = \"events\";")
                .contains("static final List<String> PRIMARY_KEY = List.of(\"user\", \"ts\");")
                // Rows of a given key may repeat in a batch; Cassandra would merge them cell by cell.
                .contains("return CassandraSink.oneRowPerKey(target);");
    }

    @Test
    void primaryKeyColumnsMustBeColumnsOfTheResult() {
        CliRun run = CliRun.of("check", "--pattern", "passthrough", "--sink", "cassandra",
                "--cassandra-primary-key", "user;when");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).isEqualTo(
                "error: --cassandra-primary-key 'when' is not a column of the result; columns: user, action, amount, ts");
    }

    @Test
    void continuousProcessingCannotWriteToACassandraSink() {
        CliRun run = CliRun.of("check", "--source", "kafka", "--pattern", "passthrough", "--sink", "cassandra",
                "--cassandra-primary-key", "user", "--trigger", "continuous");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.firstErrorLine()).startsWith("error: --trigger continuous cannot write --sink cassandra");
    }

    @Test
    void cassandraNamesAndTheNodeAreChecked() {
        CliRun badHost = CliRun.of("check", "--sink", "cassandra", "--cassandra-host", "cassandra");
        CliRun longName = CliRun.of("check", "--sink", "cassandra", "--cassandra-keyspace", "k".repeat(49));
        CliRun misplaced = CliRun.of("check", "--sink", "jdbc", "--cassandra-table", "counts");

        assertThat(badHost.firstErrorLine())
                .startsWith("error: --cassandra-host 'cassandra' is not valid; allowed: a host name or IPv4 address and a port");
        assertThat(longName.firstErrorLine()).isEqualTo("error: --cassandra-keyspace '" + "k".repeat(49)
                + "' has 49 characters; Cassandra takes names of at most 48");
        assertThat(misplaced.firstErrorLine())
                .isEqualTo("error: --cassandra-table applies only with --sink cassandra; remove it or change those options");
    }
}
