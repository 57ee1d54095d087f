package dev.streamstarter.samples.tools;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The flight-summary transformation: pure, so it works on static and streaming input alike. */
public final class FlightSummaryTransformation {

  /** Columns a result row is unique by. */
  static final List<String> RESULT_KEYS = List.of("DEST_COUNTRY_NAME", "ORIGIN_COUNTRY_NAME");

  private FlightSummaryTransformation() {}

  /** Returns the result table computed from the input table. */
  public static Dataset<Row> apply(Dataset<Row> input) {
    return aggregate(prepare(input));
  }

  /** The rows the pattern works on: selected, filtered and watermarked input. */
  static Dataset<Row> prepare(Dataset<Row> input) {
    return input;
  }

  /** Aggregate: one row per group key. */
  static Dataset<Row> aggregate(Dataset<Row> rows) {
    return rows
        .groupBy(
            col("DEST_COUNTRY_NAME"),
            col("ORIGIN_COUNTRY_NAME"))
        .agg(
            expr("sum(count) AS count"));
  }
}
