package dev.streamstarter.samples.external;

import static org.apache.spark.sql.functions.col;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes each micro-batch into a MySQL table with an upsert keyed by the target's key
 * columns: a batch replayed after a failure replaces the rows it wrote before instead of adding
 * duplicates, and an update-mode batch replaces the previous version of each changed row.
 * Struct columns (a window) become one column per field ({@code window_start}, {@code window_end}).
 */
public final class JdbcUpsertSink implements VoidFunction2<Dataset<Row>, Long> {

  private static final int ROWS_PER_STATEMENT_BATCH = 500;

  private final JdbcTarget target;

  public JdbcUpsertSink(JdbcTarget target) {
    this.target = target;
  }

  @Override
  public void call(Dataset<Row> batch, Long batchId) throws SQLException {
    Dataset<Row> rows = flatten(batch);
    StructType schema = rows.schema();
    List<String> missing =
        target.keys().stream().filter(key -> !Arrays.asList(schema.fieldNames()).contains(key)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "table " + target.table() + ": upsert key column(s) " + missing
              + " are not in the result; result columns: " + String.join(", ", schema.fieldNames()));
    }
    createTableIfMissing(schema);
    String upsert = SqlStatements.upsert(target.table(), schema, target.keys());
    JdbcTarget where = target;
    rows.foreachPartition(
        (ForeachPartitionFunction<Row>) partition -> writePartition(where, upsert, schema, batchId, partition));
  }

  /** The table with one column per result column and the keys as primary key, if it is missing. */
  private void createTableIfMissing(StructType schema) throws SQLException {
    try (Connection connection = connect(target);
        Statement statement = connection.createStatement()) {
      statement.execute(SqlStatements.createTable(target.table(), schema, target.keys()));
    }
  }

  private static void writePartition(
      JdbcTarget target, String upsert, StructType schema, long batchId, Iterator<Row> partition)
      throws SQLException {
    if (!partition.hasNext()) {
      return;
    }
    try (Connection connection = connect(target);
        PreparedStatement statement = connection.prepareStatement(upsert)) {
      // One transaction per partition: a failed partition leaves none of its rows behind.
      connection.setAutoCommit(false);
      int pending = 0;
      while (partition.hasNext()) {
        Row row = partition.next();
        checkKeys(target, schema, batchId, row);
        for (int i = 0; i < schema.size(); i++) {
          statement.setObject(i + 1, row.get(i), SqlStatements.sqlType(schema.fields()[i].dataType()));
        }
        statement.addBatch();
        if (++pending == ROWS_PER_STATEMENT_BATCH) {
          statement.executeBatch();
          pending = 0;
        }
      }
      statement.executeBatch();
      connection.commit();
    }
  }

  /** A key column without a value cannot identify a row: fail naming the batch, column and row. */
  private static void checkKeys(JdbcTarget target, StructType schema, long batchId, Row row) {
    for (String key : target.keys()) {
      if (row.isNullAt(schema.fieldIndex(key))) {
        throw new IllegalStateException(
            "table " + target.table() + ", batch " + batchId + ": key column '" + key
                + "' is null in row " + row + "; upsert keys must have values");
      }
    }
  }

  private static Connection connect(JdbcTarget target) throws SQLException {
    return DriverManager.getConnection(target.url(), target.user(), target.password());
  }

  /** Struct columns as one column per field, named {@code <column>_<field>}. */
  static Dataset<Row> flatten(Dataset<Row> rows) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : rows.schema().fields()) {
      if (field.dataType() instanceof StructType struct) {
        for (String inner : struct.fieldNames()) {
          columns.add(col(field.name()).getField(inner).as(field.name() + "_" + inner));
        }
      } else {
        columns.add(col(field.name()));
      }
    }
    return rows.select(columns.toArray(Column[]::new));
  }
}
