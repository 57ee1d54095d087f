package ${project.package};

## The source kind says how its records reach the pipeline's parse() (parts/bad-records-test/).
#imports("bad-records-test", ["static ${project.package}.SparkTestSupport.spark", "static java.nio.charset.StandardCharsets.UTF_8", "static java.util.stream.Collectors.toMap", "static org.assertj.core.api.Assertions.assertThat", "java.util.ArrayList", "java.util.List", "java.util.Map", "java.util.function.Function", "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row", "org.junit.jupiter.api.Test"])

/**
 * What becomes of records that do not fit the schema (--bad-records ${pipeline.badRecords}): one
 * good record and one of each kind of bad record the source can meet, through the pipeline's own
 * parse().
 */
class ${pipeline.className}BadRecordsTest {

  private static final String GOOD = ${pipeline.goodLineJava};

  /** A bad record's bytes, and words its reason must hold. */
  private record Bad(byte[] bytes, String reason) {

    /** The record as Spark reads it: bytes that are not UTF-8 become U+FFFD. */
    String text() {
      return new String(bytes, UTF_8);
    }
  }

  private static final List<Bad> BAD =
      List.of(
#foreach($bad in $pipeline.badLines)
#if($bad.notUtf8)
          new Bad(notUtf8(${bad.lineJava}), ${bad.reasonJava})#if($foreach.hasNext),#else);#end
#else
          new Bad(${bad.lineJava}.getBytes(UTF_8), ${bad.reasonJava})#if($foreach.hasNext),#else);#end
#end
#end

  @Test
  void eachBadRecordIsToldApartWithWhereItCameFromAndWhy() throws Exception {
    Dataset<Row> parsed = parsed(everyRecord());

    Map<String, Row> deadLetters =
        BadRecords.deadLetters(parsed, ${pipeline.className}Pipeline.SCHEMA).collectAsList().stream()
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
        BadRecords.goodUncounted(parsed(everyRecord()), ${pipeline.className}Pipeline.SCHEMA).collectAsList();

    assertThat(good).hasSize(1);
    Row row = good.get(0);
    assertThat(row.schema().fieldNames()).containsExactly(${pipeline.className}Pipeline.SCHEMA.fieldNames());
    for (int i = 0; i < row.size(); i++) {
      assertThat(row.get(i)).as("column %s of %s", row.schema().fieldNames()[i], GOOD).isNotNull();
    }
  }
#if($pipeline.failsOnBadRecords)

  @Test
  void aBadRecordStopsTheQueryNamingWhereItCameFromAndWhy() throws Exception {
    Dataset<Row> parsed = parsed(List.of(GOOD.getBytes(UTF_8), BAD.get(0).bytes()));

    assertThatThrownBy(
            () -> BadRecords.failing(parsed, ${pipeline.className}Pipeline.SCHEMA).collectAsList())
        .hasStackTraceContaining("bad record from " + origin(1) + ": ")
        .hasStackTraceContaining(BAD.get(0).reason())
        .hasStackTraceContaining(BAD.get(0).text());
  }
#end

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
#part("bad-records-test/parsed")
}
