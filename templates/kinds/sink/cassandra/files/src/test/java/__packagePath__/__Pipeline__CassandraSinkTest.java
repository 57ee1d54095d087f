package ${project.package};

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Cassandra sink of the ${pipeline.name} pipeline against a real Cassandra server. */
class ${pipeline.className}CassandraSinkTest {

  private static final String KEYSPACE = ${pipeline.className}Pipeline.KEYSPACE;
  private static final String TABLE = ${pipeline.className}Pipeline.TABLE;
  private static final List<String> KEYS = ${pipeline.className}Pipeline.PRIMARY_KEY;

  /** The batch result of the bundled sample: what a micro-batch over all of it would hold. */
  private static Dataset<Row> bundled;

  private final CassandraTarget target =
      new CassandraTarget(LocalServices.cassandra().contactPoint(), KEYSPACE, TABLE, KEYS);

  @BeforeAll
  static void makeTheKeyspaceAndTheBatch() throws IOException {
    LocalServices.cassandra().execute(CqlStatements.createKeyspace(KEYSPACE));
    bundled = ${pipeline.className}TestData.result(${pipeline.className}TestData.bundledLines());
    assertThat(bundled.count()).as("the bundled sample gives a result").isPositive();
  }

  /**
   * The table empty. Truncated rather than dropped where the test does not need a new table:
   * Cassandra changes its schema slowly, and each test would wait for it twice.
   */
  private static void emptyTable() {
    LocalServices.cassandra()
        .execute(CqlStatements.createTable(KEYSPACE, TABLE, CassandraSink.flatten(bundled).schema(), KEYS));
    LocalServices.cassandra().execute("TRUNCATE " + CqlStatements.table(KEYSPACE, TABLE));
  }

  @Test
  void aBatchBecomesOneRowPerKeyInANewTable() {
    LocalServices.cassandra().execute("DROP TABLE IF EXISTS " + CqlStatements.table(KEYSPACE, TABLE));

    ${pipeline.className}Pipeline.cassandraSink(target).call(bundled, 0L);

    UpsertedRows.assertHoldsExactlyTheKeysOf(tableRows(bundled), expectedRows(bundled), KEYS);
  }

  @Test
  void aReplayedBatchLeavesTheSameRows() {
    emptyTable();
    CassandraSink sink = ${pipeline.className}Pipeline.cassandraSink(target);

    sink.call(bundled, 0L);
    List<Row> afterFirstCall = tableRows(bundled);
    // What Spark does when the job failed after writing a batch but before committing it.
    sink.call(bundled, 0L);

    List<Row> table = tableRows(bundled);
    UpsertedRows.assertHoldsExactlyTheKeysOf(table, expectedRows(bundled), KEYS);
    assertThat(table).as("rows after the replay").containsExactlyInAnyOrderElementsOf(afterFirstCall);
  }

  @Test
  void aLaterBatchReplacesTheRowsOfItsKeys() {
    emptyTable();
    String firstNonKey = firstNonKeyColumn(bundled);
    CassandraSink sink = ${pipeline.className}Pipeline.cassandraSink(target);
    sink.call(bundled, 0L);
    Dataset<Row> flat = CassandraSink.flatten(bundled);
    Dataset<Row> changed =
        firstNonKey == null
            ? flat
            : flat.withColumn(firstNonKey, lit(null).cast(flat.schema().apply(firstNonKey).dataType()));

    sink.call(changed, 1L);

    UpsertedRows.assertHoldsExactlyTheKeysOf(tableRows(bundled), expectedRows(changed), KEYS);
  }

  @Test
  void aRowWithoutKeyIsRefusedNamingTheKeyColumn() {
    String key = KEYS.get(0);
    Dataset<Row> flat = CassandraSink.flatten(bundled);
    Dataset<Row> withoutKey = flat.withColumn(key, lit(null).cast(flat.schema().apply(key).dataType()));

    // The connector refuses it: Cassandra has no row without its whole primary key.
    assertThatThrownBy(() -> ${pipeline.className}Pipeline.cassandraSink(target).call(withoutKey, 3L))
        .hasStackTraceContaining("Invalid null value for key column " + key);
  }

  @Test
  void aResultWithoutThePrimaryKeyColumnsIsRefusedNamingThem() {
    String key = KEYS.get(0);
    Dataset<Row> withoutKey = CassandraSink.flatten(bundled).drop(key);

    assertThatThrownBy(() -> ${pipeline.className}Pipeline.cassandraSink(target).call(withoutKey, 4L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[" + key + "]")
        .hasMessageContaining("not in the result");
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
