package dev.streamstarter.samples.aggregate;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The sliding-count transformation: pure, so it works on static and streaming input alike. */
public final class SlidingCountTransformation {

  /** Columns a result row is unique by (the window, then the group keys). */
  static final List<String> RESULT_KEYS = List.of("window");

  private SlidingCountTransformation() {}

  /** Returns the result table computed from the input table. */
  public static Dataset<Row> apply(Dataset<Row> input) {
    return aggregate(prepare(input));
  }

  /** The rows the pattern works on: selected, filtered and watermarked input. */
  static Dataset<Row> prepare(Dataset<Row> input) {
    return input;
  }

  /** Aggregate: one row per window and group key. */
  static Dataset<Row> aggregate(Dataset<Row> rows) {
    return rows
        // Window: windows of 10 minutes every 5 minutes over timestamp.
        .groupBy(
            window(col("timestamp"), "10 minutes", "5 minutes").as("window"))
        .agg(
            expr("count(*) AS count"));
  }
}
