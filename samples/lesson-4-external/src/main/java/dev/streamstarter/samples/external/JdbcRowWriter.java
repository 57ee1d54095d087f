package dev.streamstarter.samples.external;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.spark.sql.ForeachWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Writes result rows one at a time into a MySQL table: Spark calls open once per partition
 * and epoch, process for every row, then close. Each partition of an epoch is one transaction,
 * committed in close, so a failed partition leaves none of its rows; rows are upserted by the
 * target's key columns, so an epoch replayed after a failure writes the same rows again. One
 * statement per row is slower than the micro-batch writer; it is the ForeachWriter contract.
 */
public final class JdbcRowWriter extends ForeachWriter<Row> {

  private final JdbcTarget target;
  private transient Connection connection;
  private transient PreparedStatement upsert;
  private transient long epochId;

  public JdbcRowWriter(JdbcTarget target) {
    this.target = target;
  }

  @Override
  public boolean open(long partitionId, long epochId) {
    this.epochId = epochId;
    try {
      connection = DriverManager.getConnection(target.url(), target.user(), target.password());
      connection.setAutoCommit(false);
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("table " + target.table() + ": cannot connect to " + target.url(), e);
    }
  }

  @Override
  public void process(Row row) {
    try {
      if (upsert == null) {
        // The first row brings the schema.
        createTableIfMissing(row.schema());
        upsert = connection.prepareStatement(SqlStatements.upsert(target.table(), row.schema(), target.keys()));
      }
      StructType schema = row.schema();
      for (String key : target.keys()) {
        if (row.isNullAt(schema.fieldIndex(key))) {
          throw new IllegalStateException(
              "table " + target.table() + ", epoch " + epochId + ": key column '" + key
                  + "' is null in row " + row + "; upsert keys must have values");
        }
      }
      for (int i = 0; i < schema.size(); i++) {
        upsert.setObject(i + 1, row.get(i), SqlStatements.sqlType(schema.fields()[i].dataType()));
      }
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "table " + target.table() + ", epoch " + epochId + ": cannot write row " + row, e);
    }
  }

  @Override
  public void close(Throwable error) {
    try (Connection open = connection) {
      if (open == null) {
        return;
      }
      if (error == null) {
        open.commit();
      } else {
        open.rollback(); // none of this partition's rows; Spark retries the epoch
      }
    } catch (SQLException e) {
      throw new IllegalStateException("table " + target.table() + ", epoch " + epochId + ": cannot commit", e);
    } finally {
      connection = null;
      upsert = null;
    }
  }

  /** Creates the table in its own transaction; partitions start at the same time. */
  private void createTableIfMissing(StructType schema) throws SQLException {
    try (Connection own = DriverManager.getConnection(target.url(), target.user(), target.password());
        Statement statement = own.createStatement()) {
      SqlTables.createIfAbsent(statement, SqlStatements.createTable(target.table(), schema, target.keys()));
    }
  }
}
