package dev.streamstarter.samples.join;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The stream-static transformation: pure, so it works on static and streaming input alike. */
public final class StreamStaticTransformation {

  private StreamStaticTransformation() {}

  /** Returns the left-outer join of the input table with the other side. */
  public static Dataset<Row> apply(Dataset<Row> input, Dataset<Row> other) {
    return join(prepare(input), prepareOther(other));
  }

  /** The rows the pattern works on: selected, filtered and watermarked input. */
  static Dataset<Row> prepare(Dataset<Row> input) {
    return input;
  }

  /** The other side as the join uses it. */
  static Dataset<Row> prepareOther(Dataset<Row> other) {
    return other;
  }

  /** Join: left-outer on the keys. */
  static Dataset<Row> join(Dataset<Row> rows, Dataset<Row> other) {
    return rows.join(
        other,
        expr("`emp_id` = `user_id`"),
        "left_outer");
  }
}
