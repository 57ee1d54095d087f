package dev.streamstarter.samples.external;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Cassandra sink of the employees-to-cassandra pipeline against a real Cassandra server. */
class EmployeesToCassandraCassandraSinkTest {

  private static final String KEYSPACE = EmployeesToCassandraPipeline.KEYSPACE;
  private static final String TABLE = EmployeesToCassandraPipeline.TABLE;
  private static final List<String> KEYS = EmployeesToCassandraPipeline.PRIMARY_KEY;

  private final CassandraTarget target =
      new CassandraTarget(LocalServices.cassandra().contactPoint(), KEYSPACE, TABLE, KEYS);

  @BeforeEach
  void dropTheTable() {
    LocalServices.cassandra().execute(CqlStatements.createKeyspace(KEYSPACE));
    LocalServices.cassandra().execute("DROP TABLE IF EXISTS " + CqlStatements.table(KEYSPACE, TABLE));
  }

  @Test
  void aBatchBecomesOneRowPerKeyInANewTable() {
    Dataset<Row> batch = batchResult();

    EmployeesToCassandraPipeline.cassandraSink(target).call(batch, 0L);

    UpsertedRows.assertHoldsExactlyTheKeysOf(tableRows(batch), expectedRows(batch), KEYS);
  }

  @Test
  void aReplayedBatchLeavesTheSameRows() {
    Dataset<Row> batch = batchResult();
    CassandraSink sink = EmployeesToCassandraPipeline.cassandraSink(target);

    sink.call(batch, 0L);
    List<Row> afterFirstCall = tableRows(batch);
    // What Spark does when the job failed after writing a batch but before committing it.
    sink.call(batch, 0L);

    List<Row> table = tableRows(batch);
    UpsertedRows.assertHoldsExactlyTheKeysOf(table, expectedRows(batch), KEYS);
    assertThat(table).as("rows after the replay").containsExactlyInAnyOrderElementsOf(afterFirstCall);
  }

  @Test
  void aLaterBatchReplacesTheRowsOfItsKeys() {
    Dataset<Row> batch = batchResult();
    String firstNonKey = firstNonKeyColumn(batch);
    CassandraSink sink = EmployeesToCassandraPipeline.cassandraSink(target);
    sink.call(batch, 0L);
    Dataset<Row> flat = CassandraSink.flatten(batch);
    Dataset<Row> changed =
        firstNonKey == null
            ? flat
            : flat.withColumn(firstNonKey, lit(null).cast(flat.schema().apply(firstNonKey).dataType()));

    sink.call(changed, 1L);

    UpsertedRows.assertHoldsExactlyTheKeysOf(tableRows(batch), expectedRows(changed), KEYS);
  }

  @Test
  void aRowWithoutKeyIsRefusedNamingTheKeyColumn() {
    String key = KEYS.get(0);
    Dataset<Row> flat = CassandraSink.flatten(batchResult());
    Dataset<Row> withoutKey = flat.withColumn(key, lit(null).cast(flat.schema().apply(key).dataType()));

    // The connector refuses it: Cassandra has no row without its whole primary key.
    assertThatThrownBy(() -> EmployeesToCassandraPipeline.cassandraSink(target).call(withoutKey, 3L))
        .hasStackTraceContaining("Invalid null value for key column " + key);
  }

  @Test
  void aResultWithoutThePrimaryKeyColumnsIsRefusedNamingThem() {
    String key = KEYS.get(0);
    Dataset<Row> withoutKey = CassandraSink.flatten(batchResult()).drop(key);

    assertThatThrownBy(() -> EmployeesToCassandraPipeline.cassandraSink(target).call(withoutKey, 4L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[" + key + "]")
        .hasMessageContaining("not in the result");
  }

  /** The batch result of the bundled sample: what a micro-batch over all of it would hold. */
  private static Dataset<Row> batchResult() {
    try {
      Dataset<Row> result = EmployeesToCassandraTestData.result(EmployeesToCassandraTestData.bundledLines());
      assertThat(result.count()).as("the bundled sample gives a result").isPositive();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Row> expectedRows(Dataset<Row> batch) {
    return CassandraSink.flatten(batch).collectAsList();
  }

  private static String firstNonKeyColumn(Dataset<Row> batch) {
    for (String column : CassandraSink.flatten(batch).columns()) {
      if (!KEYS.contains(column)) {
        return column;
      }
    }
    return null;
  }

  /** The table read back with the connector, its columns in the order of the written batch. */
  private List<Row> tableRows(Dataset<Row> batch) {
    Column[] columns =
        Arrays.stream(CassandraSink.flatten(batch).columns()).map(functions::col).toArray(Column[]::new);
    return SparkTestSupport.spark()
        .read()
        .format(CassandraSink.FORMAT)
        .options(target.options())
        .load()
        .select(columns)
        .collectAsList();
  }
}
