package dev.streamstarter.samples.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Records that do not fit a pipeline's schema, kept apart instead of becoming rows of nulls.
 *
 * <p>A source reads its records as text lines ({@link #RAW}, with {@link #ORIGIN}: where each came
 * from) and parses them with {@link #parseJson} or {@link #parseCsv}. A parsed record has the
 * schema's columns, the lines' own columns, and {@link #REASON}: why it does not fit, or null.
 * The pipeline goes on with the good records ({@link #good}, which counts the bad ones of every
 * micro-batch for the progress line), stops at the first bad one ({@link #failing}), or writes the
 * bad ones as dead letters ({@link #deadLetters}) where a user can look at them and replay them.
 *
 * <p>Why parse text with from_json/from_csv rather than read the format: Spark parses only the
 * columns a query uses, so a reader's corrupt-record column misses a bad value in a column the
 * transformation drops; these functions, given options, always parse every column.
 */
final class BadRecords {

  /** The record as the source read it (a line of a file, a Kafka value as UTF-8 text). */
  static final String RAW = "_raw";
  /** Where it came from: {@code file <name>}, or {@code <topic>/<partition>/<offset>}. */
  static final String ORIGIN = "_origin";
  /** Why it does not fit the schema; null for a good record. */
  static final String REASON = "_reason";
  /** The reason of a record whose bytes are not UTF-8 text (Java reads U+FFFD for them). */
  static final String NOT_UTF8 = "holds bytes that are not UTF-8";
  /** The observed metric that counts a micro-batch's bad records (ProgressLogger prints it). */
  static final String METRIC = "bad_records";
  /** The one that counts a join's other side's, kept apart: a query's metrics need unique names. */
  static final String OTHER_METRIC = "other_bad_records";

  private static final String PARSED = "_parsed";
  private static final String TEXT = "_text";
  private static final String CORRUPT = "_corrupt_record";
  private static final Map<String, String> PERMISSIVE =
      Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT);

  private BadRecords() {}

  /** JSON lines parsed with the schema; blank lines are skipped, as Spark's JSON reader does. */
  static Dataset<Row> parseJson(Dataset<Row> lines, StructType schema) {
    Dataset<Row> parsed =
        lines
            .where(trim(col(RAW)).notEqual("").or(col(RAW).isNull()))
            .withColumn(PARSED, from_json(col(RAW), withCorruptColumn(schema), PERMISSIVE))
            .withColumn(TEXT, from_json(col(RAW), DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType)));
    Column reason =
        when(col(TEXT).isNull(), lit("not a JSON object"))
            .when(
                col(PARSED).getField(CORRUPT).isNotNull(),
                coalesce(
                    misfits(schema, field -> col(TEXT).getItem(field)),
                    lit("does not fit the schema " + schema.toDDL())));
    return withReason(parsed, schema, reason);
  }

  /**
   * CSV lines parsed with the schema, column by column; header lines (the schema's column names)
   * are skipped, as Spark's CSV reader skips each file's first line.
   */
  static Dataset<Row> parseCsv(Dataset<Row> lines, StructType schema) {
    StructType text = asText(schema);
    Dataset<Row> parsed =
        lines
            .where(trim(col(RAW)).notEqual("").or(col(RAW).isNull()))
            .withColumn(PARSED, from_csv(col(RAW), lit(withCorruptColumn(schema).toDDL()), PERMISSIVE))
            .withColumn(TEXT, from_csv(col(RAW), lit(text.toDDL()), Map.of()))
            .where(isHeader(schema).isNull().or(isHeader(schema).equalTo(false)));
    Column reason =
        when(
            col(PARSED).getField(CORRUPT).isNotNull(),
            coalesce(
                misfits(schema, field -> col(TEXT).getField(field)),
                lit("not " + schema.size() + " comma-separated values (" + String.join(",", schema.fieldNames()) + ")")));
    return withReason(parsed, schema, reason);
  }

  /** The good records with the schema's columns only; each micro-batch counts its bad ones. */
  static Dataset<Row> good(Dataset<Row> parsed, StructType schema) {
    return good(parsed, schema, METRIC);
  }

  /** The good records, the bad ones of each micro-batch counted in the named metric. */
  static Dataset<Row> good(Dataset<Row> parsed, StructType schema, String metric) {
    return goodUncounted(
        parsed.observe(metric, count(when(col(REASON).isNotNull(), true)).as("count")), schema);
  }

  /**
   * The good records, the bad ones not counted: continuous processing has no micro-batches to
   * count them in (and Spark refuses observed metrics there); the dead letters show them.
   */
  static Dataset<Row> goodUncounted(Dataset<Row> parsed, StructType schema) {
    return parsed.where(col(REASON).isNull()).select(columns(schema));
  }

  /** The good records; the first bad one fails the query with where it came from and why. */
  static Dataset<Row> failing(Dataset<Row> parsed, StructType schema) {
    Column failure =
        raise_error(
            concat(lit("bad record from "), col(ORIGIN), lit(": "), col(REASON), lit(": "), coalesce(col(RAW), lit("null"))));
    return parsed.where(when(col(REASON).isNull(), lit(true)).otherwise(failure)).select(columns(schema));
  }

  /** The bad records: the lines' own columns (raw text, origin, ...) and the reason. */
  static Dataset<Row> deadLetters(Dataset<Row> parsed, StructType schema) {
    return parsed.where(col(REASON).isNotNull()).drop(schema.fieldNames());
  }

  /** The bad records as a dead-letter folder keeps them, one JSON line each: raw, origin, reason. */
  static Dataset<Row> deadLetterLines(Dataset<Row> parsed, StructType schema) {
    return deadLetters(parsed, schema)
        .select(col(RAW).as("raw"), col(ORIGIN).as("origin"), col(REASON).as("reason"));
  }

  /**
   * Whether bytes are not UTF-8 text: decoded (bad bytes becoming U+FFFD) and encoded again, they
   * would differ. A text source's line is its bytes as they are: cast it to binary first.
   */
  static Column notUtf8(Column bytes) {
    return encode(bytes.cast("string"), "UTF-8").notEqual(bytes);
  }

  /** A reason of the lines (bytes that are not UTF-8, say) wins over what parsing found. */
  private static Dataset<Row> withReason(Dataset<Row> parsed, StructType schema, Column reason) {
    Column given = Arrays.asList(parsed.columns()).contains(REASON) ? col(REASON) : lit(null);
    List<Column> selected = new ArrayList<>();
    for (String field : schema.fieldNames()) {
      selected.add(col(PARSED).getField(field).as(field));
    }
    for (String column : parsed.columns()) {
      if (!List.of(PARSED, TEXT, REASON).contains(column)) {
        selected.add(col(column));
      }
    }
    selected.add(coalesce(given, reason).as(REASON));
    return parsed.select(selected.toArray(Column[]::new));
  }

  /**
   * Which columns have a value of the wrong type, e.g. "amount 'abc' is not a DOUBLE, ts ...",
   * or null when none has (the record is wrong as a whole).
   */
  private static Column misfits(StructType schema, Function<String, Column> text) {
    List<Column> misfits = new ArrayList<>();
    for (StructField field : schema.fields()) {
      Column given = text.apply(field.name());
      misfits.add(
          when(
              given.isNotNull().and(col(PARSED).getField(field.name()).isNull()),
              concat(
                  lit(field.name() + " '"),
                  given,
                  lit("' is not " + article(field.dataType().sql()) + " " + field.dataType().sql()))));
    }
    Column listed = concat_ws(", ", misfits.toArray(Column[]::new));
    return when(listed.notEqual(""), listed);
  }

  /** Whether a CSV line is a header: each value is its column's name. */
  private static Column isHeader(StructType schema) {
    Column header = lit(true);
    for (String field : schema.fieldNames()) {
      header = header.and(lower(trim(col(TEXT).getField(field))).equalTo(field.toLowerCase(Locale.ROOT)));
    }
    return header;
  }

  private static Column[] columns(StructType schema) {
    return Arrays.stream(schema.fieldNames()).map(field -> col("`" + field + "`")).toArray(Column[]::new);
  }

  private static StructType withCorruptColumn(StructType schema) {
    return schema.add(CORRUPT, DataTypes.StringType);
  }

  /** The schema with every column as text: what a line holds before the types are checked. */
  private static StructType asText(StructType schema) {
    StructType text = new StructType();
    for (String field : schema.fieldNames()) {
      text = text.add(field, DataTypes.StringType);
    }
    return text;
  }

  private static String article(String type) {
    return "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
  }
}
