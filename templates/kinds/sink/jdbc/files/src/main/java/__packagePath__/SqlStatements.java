package ${project.package};

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

#projectPart("sql-statements/description")
final class SqlStatements {

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

#projectPart("sql-statements/upsert")

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
