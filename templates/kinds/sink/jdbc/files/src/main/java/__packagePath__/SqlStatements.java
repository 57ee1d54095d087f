package ${project.package};

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

#projectPart("sql-statements/description")
final class SqlStatements {

  /** The table that records the last batch each streaming query merged into each sink table. */
  static final String BATCH_LOG = "streaming_batches";
  /** The staging table's batch id column. */
  static final String STAGED_BATCH = "spark_batch_id";

  private SqlStatements() {}

  /** {@code CREATE TABLE IF NOT EXISTS} with a column per field and the keys as primary key. */
  static String createTable(String table, StructType schema, List<String> keys) {
    String columns =
        Arrays.stream(schema.fields())
            .map(field -> quote(field.name()) + " " + columnType(field, keys.contains(field.name())))
            .collect(Collectors.joining(", "));
    return "CREATE TABLE IF NOT EXISTS " + quote(table) + " (" + columns
        + ", PRIMARY KEY (" + quoted(keys) + "))"#projectPart("sql-statements/table-options");
  }

  /** The statement that inserts a row, or replaces the one with the same keys. */
  static String upsert(String table, StructType schema, List<String> keys) {
    List<String> names = Arrays.asList(schema.fieldNames());
    String values = names.stream().map(name -> "?").collect(Collectors.joining(", "));
    return "INSERT INTO " + quote(table) + " (" + quoted(names) + ") VALUES (" + values + ")"
        + onConflict(names, keys);
  }

  /**
   * The statement that upserts the rows one batch staged (its id the only parameter) into the
   * table: one statement, so that it runs in the transaction that makes the batch visible.
   */
  static String mergeStaged(String table, String staging, StructType schema, List<String> keys) {
    List<String> names = Arrays.asList(schema.fieldNames());
    return "INSERT INTO " + quote(table) + " (" + quoted(names) + ") SELECT " + quoted(names)
        + " FROM " + quote(staging) + " WHERE " + quote(STAGED_BATCH) + " = ?" + onConflict(names, keys);
  }

#projectPart("sql-statements/on-conflict")

  /** The scratch table a batch's rows wait in until they are merged: the result's columns and the batch id. */
  static String stagingTable(String table) {
    return table + "_staging";
  }

  /** The staging table's columns: the batch id first, then the result's. */
  static StructType stagingSchema(StructType schema) {
    StructField batchId = DataTypes.createStructField(STAGED_BATCH, DataTypes.LongType, false);
    return new StructType(Stream.concat(Stream.of(batchId), Arrays.stream(schema.fields())).toArray(StructField[]::new));
  }

  /** The staging table's key: a row per batch and key, so that a retried task rewrites its rows. */
  static List<String> stagingKeys(List<String> keys) {
    return Stream.concat(Stream.of(STAGED_BATCH), keys.stream()).toList();
  }

  /**
   * The table that records, per sink table, the query and the last batch merged into it: a batch
   * Spark replays after a crash (merged, but not yet committed in the checkpoint) is skipped.
   */
  static String createBatchLog() {
    return "CREATE TABLE IF NOT EXISTS " + quote(BATCH_LOG) + " (" + quote("table_name")
        + " VARCHAR(255) NOT NULL, " + quote("query_id") + " VARCHAR(64) NOT NULL, " + quote("batch_id")
        + " BIGINT NOT NULL, PRIMARY KEY (" + quote("table_name") + "))";
  }

  static String lastBatch() {
    return "SELECT " + quote("query_id") + ", " + quote("batch_id") + " FROM " + quote(BATCH_LOG)
        + " WHERE " + quote("table_name") + " = ?";
  }

  /**
   * Records the batch a table's last merge wrote, as one upsert: a delete and an insert would take
   * gap locks that, in MySQL, deadlock with another pipeline recording its own table's batch.
   */
  static String recordBatch() {
    List<String> columns = List.of("table_name", "query_id", "batch_id");
    return "INSERT INTO " + quote(BATCH_LOG) + " (" + quoted(columns) + ") VALUES (?, ?, ?)"
        + onConflict(columns, List.of("table_name"));
  }

  /** The JDBC type a value of the Spark type is sent as. */
  static int sqlType(DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return Types.VARCHAR;
    } else if (type.equals(DataTypes.LongType)) {
      return Types.BIGINT;
    } else if (type.equals(DataTypes.IntegerType)) {
      return Types.INTEGER;
    } else if (type.equals(DataTypes.ShortType) || type.equals(DataTypes.ByteType)) {
      return Types.SMALLINT;
    } else if (type.equals(DataTypes.DoubleType)) {
      return Types.DOUBLE;
    } else if (type.equals(DataTypes.FloatType)) {
      return Types.REAL;
    } else if (type.equals(DataTypes.BooleanType)) {
      return Types.BOOLEAN;
    } else if (type.equals(DataTypes.TimestampType)) {
      return Types.TIMESTAMP;
    } else if (type.equals(DataTypes.DateType)) {
      return Types.DATE;
    } else if (type instanceof DecimalType) {
      return Types.NUMERIC;
    } else if (type.equals(DataTypes.BinaryType)) {
      return Types.BINARY;
    }
    throw new IllegalArgumentException("no column type for Spark type " + type.simpleString());
  }

  private static String columnType(StructField field, boolean key) {
    DataType type = field.dataType();
    if (type instanceof DecimalType decimal) {
      return "NUMERIC(" + decimal.precision() + ", " + decimal.scale() + ")";
    }
#projectPart("sql-statements/column-type")
  }

  private static int sqlTypeOf(StructField field) {
    try {
      return sqlType(field.dataType());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("column '" + field.name() + "': " + e.getMessage(), e);
    }
  }

  private static String quoted(List<String> names) {
    return names.stream().map(SqlStatements::quote).collect(Collectors.joining(", "));
  }

  /** A quoted identifier: keeps the result's column names as they are, reserved words included. */
  static String quote(String name) {
#projectPart("sql-statements/quote")
  }
}
