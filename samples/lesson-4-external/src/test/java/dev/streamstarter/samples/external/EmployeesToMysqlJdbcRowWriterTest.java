package dev.streamstarter.samples.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The row writer of the employees-to-mysql pipeline against a real MariaDB server (MySQL's protocol), called as
 * Spark calls a ForeachWriter: open, process for each row, close.
 */
class EmployeesToMysqlJdbcRowWriterTest {

  private static final String TABLE = EmployeesToMysqlPipeline.TABLE;
  private static final List<String> KEYS = EmployeesToMysqlPipeline.UPSERT_KEYS;

  private final JdbcTarget target =
      new JdbcTarget(LocalServices.database().jdbcUrl(), EmbeddedDatabase.USER, "", TABLE, KEYS);

  @BeforeEach
  void dropTheTable() throws Exception {
    LocalServices.database().execute("DROP TABLE IF EXISTS " + SqlStatements.quote(TABLE));
  }

  @Test
  void theRowsOfAPartitionAreInTheTableOnceItCloses() throws Exception {
    List<Row> rows = resultRows();

    write(0, rows, null);

    UpsertedRows.assertHoldsExactlyTheKeysOf(tableRows(), rows, KEYS);
  }

  @Test
  void aReplayedEpochLeavesNoDuplicateRows() throws Exception {
    List<Row> rows = resultRows();
    write(0, rows, null);
    int rowsAfterFirstWrite = tableRows().size();

    write(0, rows, null); // what Spark does when the job failed before it committed the epoch

    List<Row> table = tableRows();
    UpsertedRows.assertHoldsExactlyTheKeysOf(table, rows, KEYS);
    assertThat(table).as("rows after the replay").hasSize(rowsAfterFirstWrite);
  }

  @Test
  void aPartitionThatFailedLeavesNoneOfItsRows() throws Exception {
    List<Row> rows = resultRows();

    write(0, rows, new IllegalStateException("the task failed"));

    assertThat(tableRows()).as("rows of a failed partition").isEmpty();
  }

  @Test
  void aRowWithoutKeyIsRefusedNamingTheKeyColumn() throws Exception {
    Row row = resultRows().get(0);
    Object[] values = new Object[row.size()];
    for (int i = 0; i < row.size(); i++) {
      values[i] = i == row.fieldIndex(KEYS.get(0)) ? null : row.get(i);
    }
    Row withoutKey = new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, row.schema());
    JdbcRowWriter writer = new JdbcRowWriter(target);
    writer.open(0, 7);

    assertThatThrownBy(() -> writer.process(withoutKey))
        .hasMessageContaining("epoch 7: key column '" + KEYS.get(0) + "' is null");
    writer.close(new IllegalStateException("refused"));
  }

  /** One partition of one epoch, as Spark runs it. */
  private void write(long epoch, List<Row> rows, Throwable failure) {
    JdbcRowWriter writer = new JdbcRowWriter(target);
    assertThat(writer.open(0, epoch)).as("open").isTrue();
    rows.forEach(writer::process);
    writer.close(failure);
  }

  /** The batch result of the bundled sample, as the writer gets it: flattened rows with their schema. */
  private static List<Row> resultRows() throws IOException {
    List<Row> rows =
        JdbcUpsertSink.flatten(EmployeesToMysqlTestData.result(EmployeesToMysqlTestData.bundledLines()))
            .collectAsList();
    assertThat(rows).as("the bundled sample gives a result").isNotEmpty();
    return rows;
  }

  private static List<Row> tableRows() {
    Properties user = new Properties();
    user.setProperty("user", EmbeddedDatabase.USER);
    user.setProperty("password", "");
    return SparkTestSupport.spark()
        .read()
        .jdbc(LocalServices.database().jdbcUrl(), SqlStatements.quote(TABLE), user)
        .collectAsList();
  }
}
