package dev.streamstarter.samples.basic;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The word-count transformation: pure, so it works on static and streaming input alike. */
public final class WordCountTransformation {

  /** Columns a result row is unique by. */
  static final List<String> RESULT_KEYS = List.of("word");

  private WordCountTransformation() {}

  /** Returns the result table computed from the input table. */
  public static Dataset<Row> apply(Dataset<Row> input) {
    return aggregate(prepare(input));
  }

  /** The rows the pattern works on: selected, filtered and watermarked input. */
  static Dataset<Row> prepare(Dataset<Row> input) {
    return input
        // Select: derive the columns the later steps use.
        .selectExpr(
            "explode(split(value, '\\\\s+')) AS word")
        // Filter: keep the rows that meet the condition.
        .filter(expr("word != ''"));
  }

  /** Aggregate: one row per group key. */
  static Dataset<Row> aggregate(Dataset<Row> rows) {
    return rows
        .groupBy(
            col("word"))
        .agg(
            expr("count(*) AS count"));
  }
}
