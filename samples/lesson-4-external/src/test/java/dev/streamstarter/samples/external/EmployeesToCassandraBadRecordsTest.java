package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.SparkTestSupport.spark;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What becomes of records that do not fit the schema (--bad-records dead-letter): one
 * good record and one of each kind of bad record the source can meet, through the pipeline's own
 * parse().
 */
class EmployeesToCassandraBadRecordsTest {

  /** A bad record's bytes, and words its reason must hold. */
  private record Bad(byte[] bytes, String reason) {

    /** The record as Spark reads it: bytes that are not UTF-8 become U+FFFD. */
    String text() {
      return new String(bytes, UTF_8);
    }
  }

  private static final String GOOD = "{\"emp_id\":1,\"emp_name\":\"emp_name-2\"}";

  private static final List<Bad> BAD =
      List.of(
          new Bad("{\"emp_id\":1,\"emp_name\":\"emp_name-2\"".getBytes(UTF_8), "not a JSON object"),
          new Bad("{\"emp_id\":\"not-a-value\",\"emp_name\":\"emp_name-2\"}".getBytes(UTF_8), "emp_id 'not-a-value' is not a"),
          new Bad(notUtf8("{\"emp_id\":1,\"emp_name\":\"emp_name-2\"}"), "holds bytes that are not UTF-8"));

  @Test
  void eachBadRecordIsToldApartWithWhereItCameFromAndWhy() throws Exception {
    assertEachBadOneIsToldApart(
        parsed(everyRecord(GOOD, BAD)), EmployeesToCassandraPipeline.SCHEMA, BAD, EmployeesToCassandraBadRecordsTest::origin);
  }

  @Test
  void theGoodRecordGoesOnWithTheSchemasColumns() throws Exception {
    assertTheGoodOneGoesOn(parsed(everyRecord(GOOD, BAD)), EmployeesToCassandraPipeline.SCHEMA, GOOD);
  }

  /** One dead letter per bad record (the records' n-th from origin(n)), none for the good one. */
  private static void assertEachBadOneIsToldApart(
      Dataset<Row> parsed, StructType schema, List<Bad> bad, IntFunction<String> origin) {
    Map<String, Row> deadLetters =
        BadRecords.deadLetters(parsed, schema).collectAsList().stream()
            .collect(toMap(row -> row.<String>getAs(BadRecords.ORIGIN), Function.identity()));

    assertThat(deadLetters).as("one dead letter per bad record, none for the good one").hasSize(bad.size());
    for (int i = 0; i < bad.size(); i++) {
      Row letter = deadLetters.get(origin.apply(i + 1));
      assertThat(letter).as("dead letter of %s from %s", bad.get(i).text(), origin.apply(i + 1)).isNotNull();
      assertThat(letter.<String>getAs(BadRecords.RAW)).isEqualTo(bad.get(i).text());
      assertThat(letter.<String>getAs(BadRecords.REASON)).contains(bad.get(i).reason());
    }
  }

  /** The good record alone goes on, with the schema's columns, each of them set. */
  private static void assertTheGoodOneGoesOn(Dataset<Row> parsed, StructType schema, String good) {
    List<Row> rows = BadRecords.goodUncounted(parsed, schema).collectAsList();

    assertThat(rows).hasSize(1);
    Row row = rows.get(0);
    assertThat(row.schema().fieldNames()).containsExactly(schema.fieldNames());
    for (int i = 0; i < row.size(); i++) {
      assertThat(row.get(i)).as("column %s of %s", row.schema().fieldNames()[i], good).isNotNull();
    }
  }

  /** The good record first, then every bad one. */
  private static List<byte[]> everyRecord(String good, List<Bad> bad) {
    List<byte[]> records = new ArrayList<>(List.of(good.getBytes(UTF_8)));
    bad.forEach(record -> records.add(record.bytes()));
    return records;
  }

  /** A 0xFF byte, which UTF-8 never holds, before the text. */
  private static byte[] notUtf8(String text) {
    byte[] utf8 = text.getBytes(UTF_8);
    byte[] bytes = new byte[utf8.length + 1];
    bytes[0] = (byte) 0xFF;
    System.arraycopy(utf8, 0, bytes, 1, utf8.length);
    return bytes;
  }

  @TempDir Path folder;

  /** The records in files of their own, in the order given, read as the pipeline reads lines. */
  private Dataset<Row> parsed(List<byte[]> records) throws IOException {
    Path input = Files.createTempDirectory(folder, "input");
    for (int i = 0; i < records.size(); i++) {
      Files.write(input.resolve(fileName(i)), records.get(i));
    }
    return EmployeesToCassandraPipeline.parse(spark().read().text(input.toString()));
  }

  /** Where the record of this file came from, as its dead letter says. */
  private static String origin(int index) {
    return "file " + fileName(index);
  }

  private static String fileName(int index) {
    return String.format("record-%02d.json", index);
  }
}
