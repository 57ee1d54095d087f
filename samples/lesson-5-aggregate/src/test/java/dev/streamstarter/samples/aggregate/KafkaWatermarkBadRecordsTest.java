package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.SparkTestSupport.spark;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * What becomes of records that do not fit the schema (--bad-records dead-letter): one
 * good record and one of each kind of bad record the source can meet, through the pipeline's own
 * parse().
 */
class KafkaWatermarkBadRecordsTest {

  /** A bad record's bytes, and words its reason must hold. */
  private record Bad(byte[] bytes, String reason) {

    /** The record as Spark reads it: bytes that are not UTF-8 become U+FFFD. */
    String text() {
      return new String(bytes, UTF_8);
    }
  }

  private static final String GOOD = "{\"emp_id\":1,\"emp_name\":\"emp_name-2\",\"timestamp\":\"2026-01-01T09:00:00Z\",\"time\":\"time-1\"}";

  private static final List<Bad> BAD =
      List.of(
          new Bad("{\"emp_id\":1,\"emp_name\":\"emp_name-2\",\"timestamp\":\"2026-01-01T09:00:00Z\",\"time\":\"time-1\"".getBytes(UTF_8), "not a JSON object"),
          new Bad("{\"emp_id\":\"not-a-value\",\"emp_name\":\"emp_name-2\",\"timestamp\":\"2026-01-01T09:00:00Z\",\"time\":\"time-1\"}".getBytes(UTF_8), "emp_id 'not-a-value' is not a"),
          new Bad(notUtf8("{\"emp_id\":1,\"emp_name\":\"emp_name-2\",\"timestamp\":\"2026-01-01T09:00:00Z\",\"time\":\"time-1\"}"), "holds bytes that are not UTF-8"));

  @Test
  void eachBadRecordIsToldApartWithWhereItCameFromAndWhy() throws Exception {
    assertEachBadOneIsToldApart(
        parsed(everyRecord(GOOD, BAD)), KafkaWatermarkPipeline.SCHEMA, BAD, KafkaWatermarkBadRecordsTest::origin);
  }

  @Test
  void theGoodRecordGoesOnWithTheSchemasColumns() throws Exception {
    assertTheGoodOneGoesOn(parsed(everyRecord(GOOD, BAD)), KafkaWatermarkPipeline.SCHEMA, GOOD);
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

  /** The records as the topic gives them, one per offset of partition 0, parsed by the pipeline. */
  private static Dataset<Row> parsed(List<byte[]> values) {
    List<Row> records = new ArrayList<>();
    for (int offset = 0; offset < values.size(); offset++) {
      records.add(RowFactory.create(null, values.get(offset), TOPIC, 0, (long) offset));
    }
    return KafkaWatermarkPipeline.parse(spark().createDataFrame(records, KAFKA_RECORD));
  }

  /** Where the record at this offset came from, as its dead letter says. */
  private static String origin(int offset) {
    return TOPIC + "/0/" + offset;
  }

  private static final String TOPIC = KafkaWatermarkPipeline.SOURCE_TOPIC;
  private static final StructType KAFKA_RECORD =
      StructType.fromDDL("key BINARY, value BINARY, topic STRING, partition INT, offset BIGINT");
}
