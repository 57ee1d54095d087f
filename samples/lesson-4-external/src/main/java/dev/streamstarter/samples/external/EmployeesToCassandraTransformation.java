package dev.streamstarter.samples.external;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The employees-to-cassandra transformation: pure, so it works on static and streaming input alike. */
public final class EmployeesToCassandraTransformation {

  private EmployeesToCassandraTransformation() {}

  /** Returns the result table computed from the input table. */
  public static Dataset<Row> apply(Dataset<Row> input) {
    return prepare(input);
  }

  /** The rows the pattern works on: selected, filtered and watermarked input. */
  static Dataset<Row> prepare(Dataset<Row> input) {
    return input;
  }
}
