package dev.streamstarter.samples.join;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The impressions-clicks transformation: pure, so it works on static and streaming input alike. */
public final class ImpressionsClicksTransformation {

  private ImpressionsClicksTransformation() {}

  /** Returns the inner join of the input table with the other side. */
  public static Dataset<Row> apply(Dataset<Row> input, Dataset<Row> other) {
    return join(prepare(input), prepareOther(other));
  }

  /** The rows the pattern works on: selected, filtered and watermarked input. */
  static Dataset<Row> prepare(Dataset<Row> input) {
    return input;
  }

  /** The other side as the join uses it, shared key names made unique. */
  static Dataset<Row> prepareOther(Dataset<Row> other) {
    return other
        .withColumnRenamed("adId", "other_adId");
  }

  /** Join: inner on the keys. */
  static Dataset<Row> join(Dataset<Row> rows, Dataset<Row> other) {
    return rows
        .join(
            other,
            expr("`adId` = `other_adId`"),
            "inner")
        // One column per shared key, from whichever side has the row.
        .withColumn("adId", coalesce(col("adId"), col("other_adId")))
        .drop("other_adId");
  }
}
