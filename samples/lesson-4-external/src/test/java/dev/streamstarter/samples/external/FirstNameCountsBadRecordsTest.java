package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.SparkTestSupport.spark;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
class FirstNameCountsBadRecordsTest {

  private static final String GOOD = "{\"first\":\"first-1\",\"last\":\"last-2\"}";

  /** A bad record's bytes, and words its reason must hold. */
  private record Bad(byte[] bytes, String reason) {

    /** The record as Spark reads it: bytes that are not UTF-8 become U+FFFD. */
    String text() {
      return new String(bytes, UTF_8);
    }
  }

  private static final List<Bad> BAD =
      List.of(
          new Bad("{\"first\":\"first-1\",\"last\":\"last-2\"".getBytes(UTF_8), "not a JSON object"),
          new Bad(notUtf8("{\"first\":\"first-1\",\"last\":\"last-2\"}"), "holds bytes that are not UTF-8"));

  @Test
  void eachBadRecordIsToldApartWithWhereItCameFromAndWhy() throws Exception {
    Dataset<Row> parsed = parsed(everyRecord());

    Map<String, Row> deadLetters =
        BadRecords.deadLetters(parsed, FirstNameCountsPipeline.SCHEMA).collectAsList().stream()
            .collect(toMap(row -> row.<String>getAs(BadRecords.ORIGIN), Function.identity()));

    assertThat(deadLetters).as("one dead letter per bad record, none for the good one").hasSize(BAD.size());
    for (int i = 0; i < BAD.size(); i++) {
      Bad bad = BAD.get(i);
      Row letter = deadLetters.get(origin(i + 1));
      assertThat(letter).as("dead letter of %s from %s", bad.text(), origin(i + 1)).isNotNull();
      assertThat(letter.<String>getAs(BadRecords.RAW)).isEqualTo(bad.text());
      assertThat(letter.<String>getAs(BadRecords.REASON)).contains(bad.reason());
    }
  }

  @Test
  void theGoodRecordGoesOnWithTheSchemasColumns() throws Exception {
    List<Row> good =
        BadRecords.goodUncounted(parsed(everyRecord()), FirstNameCountsPipeline.SCHEMA).collectAsList();

    assertThat(good).hasSize(1);
    Row row = good.get(0);
    assertThat(row.schema().fieldNames()).containsExactly(FirstNameCountsPipeline.SCHEMA.fieldNames());
    for (int i = 0; i < row.size(); i++) {
      assertThat(row.get(i)).as("column %s of %s", row.schema().fieldNames()[i], GOOD).isNotNull();
    }
  }

  /** The good record first, then every bad one. */
  private static List<byte[]> everyRecord() {
    List<byte[]> records = new ArrayList<>(List.of(GOOD.getBytes(UTF_8)));
    BAD.forEach(bad -> records.add(bad.bytes()));
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
    return FirstNameCountsPipeline.parse(spark().createDataFrame(records, KAFKA_RECORD));
  }

  /** Where the record at this offset came from, as its dead letter says. */
  private static String origin(int offset) {
    return TOPIC + "/0/" + offset;
  }

  private static final String TOPIC = FirstNameCountsPipeline.SOURCE_TOPIC;
  private static final StructType KAFKA_RECORD =
      StructType.fromDDL("key BINARY, value BINARY, topic STRING, partition INT, offset BIGINT");
}
