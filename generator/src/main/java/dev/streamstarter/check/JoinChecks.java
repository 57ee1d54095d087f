package dev.streamstarter.check;

import dev.streamstarter.spec.JoinSpec;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SchemaDdl;
import java.util.List;
import java.util.Locale;

/** Checks that a join's keys exist on the other side and that no other column name clashes. */
final class JoinChecks {

    private JoinChecks() {}

    static void check(PipelineSpec pipeline, JoinSpec join, List<Problem> problems) {
        List<String> keys = pipeline.pattern().keys();
        if (keys.isEmpty()) {
            problems.add(Problem.ofOption("--join-on is empty; --pattern " + pipeline.pattern().type()
                    + " needs at least one key column named the same on both sides"));
        }
        List<SchemaDdl.Column> other = SchemaDdl.parse(join.otherSchema());
        for (String key : keys) {
            if (ColumnChecks.find(other, key).isEmpty()) {
                problems.add(Problem.ofOption("--join-on '" + key + "' is not a column of --other-schema; columns: "
                        + ColumnChecks.names(other)));
            }
        }
        if (join.otherWatermark().isPresent() && join.otherEventTime().isEmpty()) {
            problems.add(Problem.ofOption("--other-watermark '" + join.otherWatermark().get()
                    + "' needs --other-event-time, the timestamp column of the second stream it applies to"));
        }
        join.otherEventTime().ifPresent(eventTime -> {
            var column = ColumnChecks.find(other, eventTime);
            if (column.isEmpty() || !column.get().type().equals("TIMESTAMP")) {
                problems.add(Problem.ofOption("--other-event-time '" + eventTime
                        + "' is not a TIMESTAMP column of --other-schema; columns: " + ColumnChecks.names(other)));
            }
        });
        if (pipeline.select().isEmpty()) {
            for (SchemaDdl.Column column : SchemaDdl.parse(pipeline.schema())) {
                boolean key = keys.stream().anyMatch(k -> k.equalsIgnoreCase(column.name()));
                if (!key && ColumnChecks.find(other, column.name()).isPresent()) {
                    problems.add(Problem.ofOption("--other-schema has a column '" + column.name()
                            + "' that the stream has too; only --join-on keys may share a name"));
                }
            }
        }
        for (String key : keys) {
            if (other.stream().anyMatch(c -> c.name().equalsIgnoreCase("other_" + key))) {
                problems.add(Problem.ofOption("--other-schema column 'other_" + key.toLowerCase(Locale.ROOT)
                        + "' clashes with the name the join gives the other side's key '" + key + "'"));
            }
        }
    }
}
