package dev.streamstarter.check;

import dev.streamstarter.spec.JoinSpec;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SchemaDdl;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a join's keys exist on the other side and that no other column name clashes; only
 * possible without the other side's select expressions, which may create any column.
 */
final class JoinChecks {

    private JoinChecks() {}

    static void check(PipelineSpec pipeline, JoinSpec join, List<Problem> problems) {
        List<JoinSpec.Key> keys = join.keys();
        if (keys.isEmpty()) {
            problems.add(Problem.ofOption("--join-on is empty; --pattern " + pipeline.pattern().type()
                    + " needs at least one key: a column both sides have, or 'streamColumn = otherColumn'"));
        }
        if (join.otherWatermark().isPresent() && join.otherEventTime().isEmpty()) {
            problems.add(Problem.ofOption("--other-watermark '" + join.otherWatermark().get()
                    + "' needs --other-event-time, the timestamp column of the second stream it applies to"));
        }
        if (!join.otherSelect().isEmpty()) {
            return; // select expressions may make any column; Spark checks them when the query starts
        }
        List<SchemaDdl.Column> other = SchemaDdl.parse(join.otherSchema());
        for (JoinSpec.Key key : keys) {
            if (ColumnChecks.find(other, key.other()).isEmpty()) {
                problems.add(Problem.ofOption("--join-on '" + key.other() + "' is not a column of --other-schema; columns: "
                        + ColumnChecks.names(other)));
            }
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
                boolean sharedKey = keys.stream().anyMatch(k -> k.sameName() && k.stream().equalsIgnoreCase(column.name()));
                if (!sharedKey && ColumnChecks.find(other, column.name()).isPresent()) {
                    problems.add(Problem.ofOption("--other-schema has a column '" + column.name()
                            + "' that the stream has too; only --join-on keys may share a name"
                            + " (--other-select can rename it)"));
                }
            }
        }
        for (JoinSpec.Key key : keys) {
            if (key.sameName() && other.stream().anyMatch(c -> c.name().equalsIgnoreCase("other_" + key.other()))) {
                problems.add(Problem.ofOption("--other-schema column 'other_" + key.other().toLowerCase(Locale.ROOT)
                        + "' clashes with the name the join gives the other side's key '" + key.other() + "'"));
            }
        }
    }
}
