package dev.streamstarter.samples.join;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The impressions-clicks-left-outer transformation: pure, so it works on static and streaming input alike. */
public final class ImpressionsClicksLeftOuterTransformation {

  private ImpressionsClicksLeftOuterTransformation() {}

  /** Returns the left-outer join of the input table with the other side. */
  public static Dataset<Row> apply(Dataset<Row> input, Dataset<Row> other) {
    return join(prepare(input), prepareOther(other));
  }

  /** The rows the pattern works on: selected, filtered and watermarked input. */
  static Dataset<Row> prepare(Dataset<Row> input) {
    return input
        // Select: derive the columns the later steps use.
        .selectExpr(
            "adId AS impressionAdId",
            "impressionTime")
        // Watermark: state for events further behind the newest than this is dropped.
        .withWatermark("impressionTime", "2 hours");
  }

  /** The other side as the join uses it: selected, watermarked. */
  static Dataset<Row> prepareOther(Dataset<Row> other) {
    return other
        // Select: the other side's columns the join uses.
        .selectExpr(
            "adId AS clickAdId",
            "clickTime")
        // Watermark: state for rows of this side further behind than this is dropped.
        .withWatermark("clickTime", "3 hours");
  }

  /** Join: left-outer on the keys, within the time range. */
  static Dataset<Row> join(Dataset<Row> rows, Dataset<Row> other) {
    return rows.join(
        other,
        expr("`impressionAdId` = `clickAdId` AND (clickTime BETWEEN impressionTime AND impressionTime + INTERVAL 1 HOUR)"),
        "left_outer");
  }
}
