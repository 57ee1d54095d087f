package dev.streamstarter.check;

import dev.streamstarter.spec.Durations;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SchemaDdl;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that the columns a pipeline names exist in its input. Only possible without select
 * expressions: those may create any column, and Spark checks them when the query starts.
 */
final class ColumnChecks {

    private ColumnChecks() {}

    static void check(PipelineSpec pipeline, List<Problem> problems) {
        String pattern = pipeline.pattern().type();
        if (pattern.equals("grouped-aggregation") && pipeline.pattern().keys().isEmpty()) {
            problems.add(Problem.ofOption("--group-by is empty; --pattern grouped-aggregation needs at least one key column"
                    + " (or use --pattern global-aggregation)"));
        }
        if (pattern.equals("deduplication") && pipeline.pattern().keys().isEmpty()) {
            problems.add(Problem.ofOption("--dedup-by is empty; --pattern deduplication needs at least one key column"));
        }
        if (pipeline.pattern().isAggregation() && pipeline.pattern().aggregations().isEmpty()) {
            problems.add(Problem.ofOption("--aggregations is empty; --pattern " + pattern
                    + " needs at least one, e.g. 'count(*) AS count'"));
        }
        if (pattern.endsWith("-window") && pipeline.eventTime().isEmpty()) {
            problems.add(Problem.ofOption("--pattern " + pattern
                    + " needs --event-time, the TIMESTAMP column that places rows in windows"));
        }
        pipeline.pattern().join().ifPresent(join -> JoinChecks.check(pipeline, join, problems));
        pipeline.pattern().slideDuration().ifPresent(slide -> {
            if (Durations.millis(slide) > Durations.millis(pipeline.pattern().windowDuration().orElseThrow())) {
                problems.add(Problem.ofOption("--slide-duration '" + slide + "' is longer than --window-duration '"
                        + pipeline.pattern().windowDuration().get() + "'; a window must slide by at most its length"));
            }
        });
        if (!pipeline.select().isEmpty()) {
            return;
        }
        List<SchemaDdl.Column> columns = SchemaDdl.parse(pipeline.schema());
        String keysFlag = pattern.equals("deduplication") ? "--dedup-by"
                : pattern.endsWith("-join") ? "--join-on" : "--group-by";
        for (String key : pipeline.pattern().keys()) {
            if (find(columns, key).isEmpty()) {
                problems.add(Problem.ofOption(keysFlag + " '" + key + "' is not a column of the input; columns: "
                        + names(columns)));
            }
        }
        if (pattern.equals("passthrough") || pattern.equals("deduplication")) {
            for (String key : pipeline.sink().upsertKeys()) {
                if (find(columns, key).isEmpty()) {
                    problems.add(Problem.ofOption("--upsert-keys '" + key + "' is not a column of the result; columns: "
                            + names(columns)));
                }
            }
            for (String key : pipeline.sink().cassandra().map(c -> c.primaryKey()).orElse(List.of())) {
                if (find(columns, key).isEmpty()) {
                    problems.add(Problem.ofOption("--cassandra-primary-key '" + key
                            + "' is not a column of the result; columns: " + names(columns)));
                }
            }
        }
        pipeline.eventTime().ifPresent(eventTime -> {
            Optional<SchemaDdl.Column> column = find(columns, eventTime);
            if (column.isEmpty()) {
                problems.add(Problem.ofOption("--event-time '" + eventTime + "' is not a column of the input; columns: "
                        + names(columns)));
            } else if (!column.get().type().equals("TIMESTAMP")) {
                problems.add(Problem.ofOption("--event-time '" + eventTime + "' has type " + column.get().type()
                        + "; it must be a TIMESTAMP column"));
            }
        });
    }

    static Optional<SchemaDdl.Column> find(List<SchemaDdl.Column> columns, String name) {
        return columns.stream()
                .filter(column -> column.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static String names(List<SchemaDdl.Column> columns) {
        return String.join(", ", columns.stream().map(SchemaDdl.Column::name).toList());
    }
}
