package ${project.package};

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC sink of the ${pipeline.name} pipeline against a real #projectPart("jdbc-sink-test/server"). */
class ${pipeline.className}JdbcSinkTest {

  private static final String TABLE = ${pipeline.className}Pipeline.TABLE;
  private static final List<String> KEYS = ${pipeline.className}Pipeline.UPSERT_KEYS;

  private final JdbcTarget target =
      new JdbcTarget(
          LocalServices.database().jdbcUrl(),
          EmbeddedDatabase.USER,
          "",
          TABLE,
          ${pipeline.className}Pipeline.UPSERT_KEYS);

  @BeforeEach
  void dropTheTableAndForgetItsBatches() throws Exception {
    LocalServices.database().execute("DROP TABLE IF EXISTS " + SqlStatements.quote(TABLE));
    LocalServices.database().execute(SqlStatements.createBatchLog());
    LocalServices.database().execute(
        "DELETE FROM " + SqlStatements.quote(SqlStatements.BATCH_LOG) + " WHERE table_name = '" + TABLE + "'");
  }

  @Test
  void aBatchBecomesOneRowPerKeyInANewTable() throws Exception {
    Dataset<Row> batch = batchResult();

    new JdbcUpsertSink(target).call(batch, 0L);

    UpsertedRows.assertHoldsExactlyTheKeysOf(tableRows(), expectedRows(batch), KEYS);
  }

  @Test
  void aFailedBatchLeavesNoneOfItsRows() throws Exception {
    String key = KEYS.get(0);
    Dataset<Row> flat = JdbcUpsertSink.flatten(batchResult());
    Dataset<Row> withoutKey = flat.limit(1).withColumn(key, lit(null).cast(flat.schema().apply(key).dataType()));
    // Two partitions: one holds only good rows, which a transaction per partition would commit.
    Dataset<Row> partlyBad = flat.union(withoutKey).repartition(2);

    assertThatThrownBy(() -> new JdbcUpsertSink(target).call(partlyBad, 0L))
        .hasStackTraceContaining("key column '" + key + "' is null");

    assertThat(tableRows()).as("rows of the failed batch in the table").isEmpty();
  }

  @Test
  void aBatchMergedBeforeIsSkippedWhenSparkReplaysIt() throws Exception {
    Dataset<Row> batch = batchResult();
    JdbcUpsertSink sink = new JdbcUpsertSink(target);
    sink.call(batch, 0L);

    // Spark replays a batch when the job stopped after the sink wrote it, before the checkpoint
    // recorded it; the replay holds the same rows, so rows that differ show whether it was written.
    sink.call(changedRows(batch), 0L);

    UpsertedRows.assertHoldsExactlyTheKeysOf(tableRows(), expectedRows(batch), KEYS);
  }

  @Test
  void anotherQueryCountsItsBatchesFromZeroAgain() throws Exception {
    Dataset<Row> batch = batchResult();
    Dataset<Row> changed = changedRows(batch);
    try {
      // A new checkpoint is a query with a new id; the sink tells them apart by it.
      queryId("first-checkpoint");
      new JdbcUpsertSink(target).call(batch, 5L);
      queryId("new-checkpoint");
      new JdbcUpsertSink(target).call(changed, 0L);
    } finally {
      queryId(null);
    }

    UpsertedRows.assertHoldsExactlyTheKeysOf(tableRows(), expectedRows(changed), KEYS);
  }

  @Test
  void aReplayedBatchLeavesNoDuplicateRows() throws Exception {
    Dataset<Row> batch = batchResult();
    JdbcUpsertSink sink = new JdbcUpsertSink(target);

    sink.call(batch, 0L);
    int countAfterFirstCall = tableRows().size();
    // What Spark does when the job failed after writing a batch but before committing it.
    sink.call(batch, 0L);

    List<Row> table = tableRows();
    UpsertedRows.assertHoldsExactlyTheKeysOf(table, expectedRows(batch), KEYS);
    assertThat(table).as("rows after the replay").hasSize(countAfterFirstCall);
  }

  @Test
  void aLaterBatchReplacesTheRowsOfItsKeys() throws Exception {
    Dataset<Row> batch = batchResult();
    JdbcUpsertSink sink = new JdbcUpsertSink(target);
    sink.call(batch, 0L);
    Dataset<Row> changed = changedRows(batch);

    sink.call(changed, 1L);

    UpsertedRows.assertHoldsExactlyTheKeysOf(tableRows(), expectedRows(changed), KEYS);
  }

  @Test
  void aRowWithoutKeyIsRefusedNamingTheKeyColumn() {
    String key = ${pipeline.className}Pipeline.UPSERT_KEYS.get(0);
    Dataset<Row> flat = JdbcUpsertSink.flatten(batchResult());
    Dataset<Row> withoutKey = flat.withColumn(key, lit(null).cast(flat.schema().apply(key).dataType()));

    assertThatThrownBy(() -> new JdbcUpsertSink(target).call(withoutKey, 3L))
        .hasStackTraceContaining("key column '" + key + "' is null");
  }

  @Test
  void aResultWithoutTheKeyColumnsIsRefusedNamingThem() {
    String key = ${pipeline.className}Pipeline.UPSERT_KEYS.get(0);
    Dataset<Row> withoutKey = JdbcUpsertSink.flatten(batchResult()).drop(key);

    assertThatThrownBy(() -> new JdbcUpsertSink(target).call(withoutKey, 4L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[" + key + "]")
        .hasMessageContaining("not in the result");
  }

  @Test
  void textInAnyScriptIsStoredAsWritten() throws Exception {
    // Hangul takes 3 bytes a character in UTF-8 and an emoji 4. Keys Spark tells apart (two emoji,
    // letters in another case) must stay two rows.
    List<Row> written =
        List.of(
            RowFactory.create("엘지전자", "홍엔지니어"),
            RowFactory.create("😀", "엘지전자 😀"),
            RowFactory.create("🎉", "홍엔지니어 🎉"),
            RowFactory.create("LG", "엘지"),
            RowFactory.create("lg", "lg 😀"));
    StructType schema = StructType.fromDDL("name STRING, note STRING");
    Dataset<Row> batch = SparkTestSupport.spark().createDataFrame(written, schema);
    // The pipeline's table with columns of its own: a string key and a string that is not one.
    JdbcTarget names =
        new JdbcTarget(target.url(), target.user(), target.password(), TABLE, List.of("name"));

    new JdbcUpsertSink(names).call(batch, 0L);

    String query = "SELECT name, note FROM " + SqlStatements.quote(TABLE);
    List<List<Object>> expected =
        written.stream().map(row -> List.<Object>of(row.getString(0), row.getString(1))).toList();
    assertThat(LocalServices.database().select(query).rows())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The batch result of the bundled sample: what a micro-batch over all of it would hold. */
  private static Dataset<Row> batchResult() {
    try {
      Dataset<Row> result = ${pipeline.className}TestData.result(${pipeline.className}TestData.bundledLines());
      assertThat(result.count()).as("the bundled sample gives a result").isPositive();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Row> expectedRows(Dataset<Row> batch) {
    return JdbcUpsertSink.flatten(batch).collectAsList();
  }

  /** The batch's rows with the first column that is not a key set to null (as they are without one). */
  private static Dataset<Row> changedRows(Dataset<Row> batch) {
    String firstNonKey = firstNonKeyColumn(batch);
    return firstNonKey == null
        ? batch
        : JdbcUpsertSink.flatten(batch).withColumn(firstNonKey, lit(null).cast(schemaType(batch, firstNonKey)));
  }

  private static void queryId(String id) {
    SparkTestSupport.spark().sparkContext().setLocalProperty("sql.streaming.queryId", id);
  }

  private static String firstNonKeyColumn(Dataset<Row> batch) {
    for (String column : JdbcUpsertSink.flatten(batch).columns()) {
      if (!${pipeline.className}Pipeline.UPSERT_KEYS.contains(column)) {
        return column;
      }
    }
    return null;
  }

  private static DataType schemaType(Dataset<Row> batch, String column) {
    return JdbcUpsertSink.flatten(batch).schema().apply(column).dataType();
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
