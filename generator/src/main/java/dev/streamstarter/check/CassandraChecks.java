package dev.streamstarter.check;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;

/** Checks the Cassandra sink's names against what Cassandra accepts beyond their value kind. */
final class CassandraChecks {

    /** Cassandra refuses longer keyspace and table names (SchemaConstants.NAME_LENGTH). */
    static final int NAME_LENGTH = 48;

    private CassandraChecks() {}

    static void check(PipelineSpec pipeline, List<Problem> problems) {
        pipeline.sink().cassandra().ifPresent(cassandra -> {
            checkLength("--cassandra-keyspace", cassandra.keyspace(), problems);
            checkLength("--cassandra-table", cassandra.table(), problems);
        });
    }

    private static void checkLength(String option, String name, List<Problem> problems) {
        if (name.length() > NAME_LENGTH) {
            problems.add(Problem.ofOption(option + " '" + name + "' has " + name.length()
                    + " characters; Cassandra takes names of at most " + NAME_LENGTH));
        }
    }
}
