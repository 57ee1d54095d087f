package dev.streamstarter.samples.external;

import static org.apache.spark.sql.functions.col;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes each micro-batch into a MySQL table as one atomic unit, upserted by the target's
 * key columns. The executors stage the batch's rows in a scratch table ({@code <table>_staging});
 * one transaction then merges them into the table, records the batch in {@code streaming_batches}
 * and deletes them from the staging table. So a reader sees a batch wholly or not at all, a failed
 * batch leaves the table as it was, and a batch Spark replays after a crash (merged, but not yet
 * committed in the checkpoint) is skipped: each batch lands exactly once. An update-mode batch
 * replaces the previous version of each changed row. Struct columns (a window) become one column
 * per field ({@code window_start}, {@code window_end}).
 */
public final class JdbcUpsertSink implements VoidFunction2<Dataset<Row>, Long> {

  private static final int ROWS_PER_STATEMENT_BATCH = 500;
  /** The SQLSTATE of a transaction the database ended to break a deadlock or a serialization conflict. */
  private static final String TRY_AGAIN = "40001";
  private static final int MERGE_ATTEMPTS = 3;
  /** The local property Spark sets to the query's id, which its checkpoint keeps across restarts. */
  private static final String QUERY_ID = "sql.streaming.queryId";
  /** The query of a batch written outside a streaming query (a test calling the sink). */
  private static final String NO_QUERY = "none";

  private final JdbcTarget target;
  /** Whether this run made its staging table, with the columns of the result as it is now. */
  private transient boolean stagingMade;

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
    String queryId =
        Objects.requireNonNullElse(batch.sparkSession().sparkContext().getLocalProperty(QUERY_ID), NO_QUERY);
    String stagingTable = SqlStatements.stagingTable(target.table());
    try (Connection connection = connect(target);
        Statement statement = connection.createStatement()) {
      SqlTables.createIfAbsent(statement, SqlStatements.createTable(target.table(), schema, target.keys()));
      SqlTables.createIfAbsent(statement, SqlStatements.createBatchLog());
      if (alreadyMerged(connection, queryId, batchId)) {
        return;
      }
      prepareStaging(statement, stagingTable, schema);
    }

    StructType staged = SqlStatements.stagingSchema(schema);
    String stage = SqlStatements.upsert(stagingTable, staged, SqlStatements.stagingKeys(target.keys()));
    JdbcTarget where = target;
    rows.foreachPartition(
        (ForeachPartitionFunction<Row>) partition -> stagePartition(where, stage, schema, batchId, partition));

    merge(stagingTable, schema, queryId, batchId);
  }

  /** Whether this query merged this batch before: Spark replays a batch it had not committed. */
  private boolean alreadyMerged(Connection connection, String queryId, long batchId) throws SQLException {
    try (PreparedStatement last = connection.prepareStatement(SqlStatements.lastBatch())) {
      last.setString(1, target.table());
      try (ResultSet row = last.executeQuery()) {
        // Another query id is another checkpoint, which counts its batches from 0 again.
        return row.next() && row.getString(1).equals(queryId) && row.getLong(2) >= batchId;
      }
    }
  }

  /**
   * An empty staging table: made anew at the first batch of a run (the result's columns may have
   * changed since the last), emptied of what a failed attempt of a batch left at every other.
   */
  private void prepareStaging(Statement statement, String stagingTable, StructType schema) throws SQLException {
    if (!stagingMade) {
      statement.execute("DROP TABLE IF EXISTS " + SqlStatements.quote(stagingTable));
      statement.execute(SqlStatements.createTable(
          stagingTable, SqlStatements.stagingSchema(schema), SqlStatements.stagingKeys(target.keys())));
      stagingMade = true;
    } else {
      statement.execute("DELETE FROM " + SqlStatements.quote(stagingTable));
    }
  }

  /**
   * One transaction: the staged rows into the table, the batch into the log, the staging emptied.
   * The database may end it to break a deadlock or a conflict with another writer (SQLSTATE 40001,
   * "try restarting transaction"): it is then rolled back whole and tried again, a few times.
   */
  private void merge(String stagingTable, StructType schema, String queryId, long batchId) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        mergeOnce(stagingTable, schema, queryId, batchId);
        return;
      } catch (SQLException e) {
        if (!TRY_AGAIN.equals(e.getSQLState()) || attempt == MERGE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private void mergeOnce(String stagingTable, StructType schema, String queryId, long batchId) throws SQLException {
    try (Connection connection = connect(target)) {
      connection.setAutoCommit(false);
      try (PreparedStatement merge = connection.prepareStatement(
              SqlStatements.mergeStaged(target.table(), stagingTable, schema, target.keys()));
          PreparedStatement record = connection.prepareStatement(SqlStatements.recordBatch());
          Statement empty = connection.createStatement()) {
        merge.setLong(1, batchId);
        merge.executeUpdate();
        record.setString(1, target.table());
        record.setString(2, queryId);
        record.setLong(3, batchId);
        record.executeUpdate();
        empty.execute("DELETE FROM " + SqlStatements.quote(stagingTable));
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static void stagePartition(
      JdbcTarget target, String stage, StructType schema, long batchId, Iterator<Row> partition)
      throws SQLException {
    if (!partition.hasNext()) {
      return;
    }
    try (Connection connection = connect(target);
        PreparedStatement statement = connection.prepareStatement(stage)) {
      // Staged by batch and key: a task Spark retries rewrites its rows instead of adding them.
      connection.setAutoCommit(false);
      int pending = 0;
      while (partition.hasNext()) {
        Row row = partition.next();
        checkKeys(target, schema, batchId, row);
        statement.setLong(1, batchId);
        for (int i = 0; i < schema.size(); i++) {
          statement.setObject(i + 2, row.get(i), SqlStatements.sqlType(schema.fields()[i].dataType()));
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
