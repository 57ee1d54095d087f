package dev.streamstarter.samples.external;

import static org.apache.spark.sql.functions.col;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.spark.connector.cql.CassandraConnector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes each micro-batch into a Cassandra table with the Spark Cassandra Connector. A Cassandra
 * insert replaces the row with the same primary key: a batch replayed after a failure writes the
 * same rows again instead of adding duplicates, and an update-mode batch replaces the previous
 * version of each changed row. The first batch creates the keyspace and table if they are missing,
 * a column per result column and the target's primary key. Struct columns (a window) become one
 * column per field ({@code window_start}, {@code window_end}).
 *
 * <p>Cassandra merges the rows of one key cell by cell (each column keeps the value written last,
 * a null deletes it), so rows of a key written in the same batch could leave a row that none of
 * them is. Where a batch may hold several rows of a key (a primary key given, not the pattern's),
 * {@link #oneRowPerKey} writes only one of them.
 */
public final class CassandraSink implements VoidFunction2<Dataset<Row>, Long> {

  /** The connector's data source. */
  static final String FORMAT = "org.apache.spark.sql.cassandra";

  private final CassandraTarget target;
  private final boolean oneRowPerKey;
  /** Whether this sink has made sure that its table exists (the result's schema never changes). */
  private boolean tableReady;

  /** Writes every row of each batch: rows the primary key identifies within a batch. */
  public CassandraSink(CassandraTarget target) {
    this(target, false);
  }

  private CassandraSink(CassandraTarget target, boolean oneRowPerKey) {
    this.target = target;
    this.oneRowPerKey = oneRowPerKey;
  }

  /** Writes one row of each key a batch holds, whichever Spark keeps: any one, but a whole row. */
  public static CassandraSink oneRowPerKey(CassandraTarget target) {
    return new CassandraSink(target, true);
  }

  @Override
  public void call(Dataset<Row> batch, Long batchId) {
    Dataset<Row> rows = flatten(batch);
    List<String> columns = Arrays.asList(rows.columns());
    List<String> missing = target.primaryKey().stream().filter(key -> !columns.contains(key)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "table " + target.keyspace() + "." + target.table() + ": primary key column(s) " + missing
              + " are not in the result; result columns: " + String.join(", ", columns));
    }
    if (!tableReady) {
      createTableIfMissing(rows);
      tableReady = true;
    }
    Dataset<Row> written = oneRowPerKey ? rows.dropDuplicates(target.primaryKey().toArray(String[]::new)) : rows;
    written.write().format(FORMAT).options(target.options()).mode(SaveMode.Append).save();
  }

  private void createTableIfMissing(Dataset<Row> rows) {
    // The job's Spark settings (spark.cassandra.* given to spark-submit) with the target's node.
    SparkConf conf = rows.sparkSession().sparkContext().getConf().clone();
    target.connection().forEach(conf::set);
    // A session the connector shares and closes a while after its last user.
    try (CqlSession session = CassandraConnector.apply(conf).openSession()) {
      session.execute(CqlStatements.createKeyspace(target.keyspace()));
      session.execute(
          CqlStatements.createTable(target.keyspace(), target.table(), rows.schema(), target.primaryKey()));
    }
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
