package dev.streamstarter.samples.external;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The CQL the Cassandra sink runs to create its keyspace and table. */
final class CqlStatements {

  private CqlStatements() {}

  /**
   * {@code CREATE KEYSPACE IF NOT EXISTS}, one replica: enough for one node. On a cluster, create
   * the keyspace first with the replication it needs; an existing keyspace is left as it is.
   */
  static String createKeyspace(String keyspace) {
    return "CREATE KEYSPACE IF NOT EXISTS " + quote(keyspace)
        + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}";
  }

  /**
   * {@code CREATE TABLE IF NOT EXISTS} with a column per field and the keys as primary key: the
   * first key partitions the table, the others are clustering columns.
   */
  static String createTable(String keyspace, String table, StructType schema, List<String> keys) {
    String columns =
        Arrays.stream(schema.fields())
            .map(field -> quote(field.name()) + " " + columnType(field))
            .collect(Collectors.joining(", "));
    return "CREATE TABLE IF NOT EXISTS " + table(keyspace, table) + " (" + columns
        + ", PRIMARY KEY (" + keys.stream().map(CqlStatements::quote).collect(Collectors.joining(", "))
        + "))";
  }

  /** The table's name in CQL, with its keyspace. */
  static String table(String keyspace, String table) {
    return quote(keyspace) + "." + quote(table);
  }

  /** A quoted identifier: keeps the result's column names as they are, case and reserved words included. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** The CQL type the connector writes a value of the field's Spark type into. */
  private static String columnType(StructField field) {
    DataType type = field.dataType();
    if (type.equals(DataTypes.StringType)) {
      return "text";
    } else if (type.equals(DataTypes.LongType)) {
      return "bigint";
    } else if (type.equals(DataTypes.IntegerType)) {
      return "int";
    } else if (type.equals(DataTypes.ShortType)) {
      return "smallint";
    } else if (type.equals(DataTypes.ByteType)) {
      return "tinyint";
    } else if (type.equals(DataTypes.DoubleType)) {
      return "double";
    } else if (type.equals(DataTypes.FloatType)) {
      return "float";
    } else if (type.equals(DataTypes.BooleanType)) {
      return "boolean";
    } else if (type.equals(DataTypes.TimestampType)) {
      // Cassandra keeps milliseconds; Spark's microseconds below them are cut off.
      return "timestamp";
    } else if (type.equals(DataTypes.DateType)) {
      return "date";
    } else if (type instanceof DecimalType) {
      return "decimal";
    } else if (type.equals(DataTypes.BinaryType)) {
      return "blob";
    }
    throw new IllegalArgumentException(
        "column '" + field.name() + "': no Cassandra column type for Spark type " + type.simpleString());
  }
}
