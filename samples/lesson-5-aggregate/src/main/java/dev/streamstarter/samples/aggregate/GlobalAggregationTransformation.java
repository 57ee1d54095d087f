package dev.streamstarter.samples.aggregate;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The global-aggregation transformation: pure, so it works on static and streaming input alike. */
public final class GlobalAggregationTransformation {

  /** Columns a result row is unique by. */
  static final List<String> RESULT_KEYS = List.of();

  private GlobalAggregationTransformation() {}

  /** Returns the result table computed from the input table. */
  public static Dataset<Row> apply(Dataset<Row> input) {
    return aggregate(prepare(input));
  }

  /** The rows the pattern works on: selected, filtered and watermarked input. */
  static Dataset<Row> prepare(Dataset<Row> input) {
    return input;
  }

  /** Aggregate: one row over all input. */
  static Dataset<Row> aggregate(Dataset<Row> rows) {
    return rows.agg(
        expr("count(emp_id) AS count"),
        expr("sum(emp_id) AS sum"),
        expr("round(avg(emp_id), 4) AS mean"),
        expr("round(stddev(emp_id), 4) AS stddev"),
        expr("sort_array(collect_set(emp_id)) AS emp_ids"),
        expr("approx_count_distinct(emp_id) AS distinct_emp_ids"));
  }
}
