package ${project.package};

## The source kind says how its records reach the pipeline's parse() (parts/bad-records-test/);
## a join adds the tests of its other side's lines.
#imports("bad-records-test", ["static ${project.package}.SparkTestSupport.spark", "static java.nio.charset.StandardCharsets.UTF_8", "static java.util.stream.Collectors.toMap", "static org.assertj.core.api.Assertions.assertThat", "java.util.ArrayList", "java.util.List", "java.util.Map", "java.util.function.Function", "java.util.function.IntFunction", "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row", "org.apache.spark.sql.types.StructType", "org.junit.jupiter.api.Test"])

/**
#if($pipeline.sourceParses)
 * What becomes of records that do not fit the schema (--bad-records ${pipeline.badRecords}): one
 * good record and one of each kind of bad record the source can meet, through the pipeline's own
 * parse()#if($pipeline.parsesOther), and the same for the join's other side (parseOther())#end.
#else
 * What becomes of the join's other side's lines that do not fit its schema (--bad-records
 * ${pipeline.badRecords}): one good line and one of each kind of bad line, through the pipeline's
 * own parseOther().
#end
 */
class ${pipeline.className}BadRecordsTest {

  /** A bad record's bytes, and words its reason must hold. */
  private record Bad(byte[] bytes, String reason) {

    /** The record as Spark reads it: bytes that are not UTF-8 become U+FFFD. */
    String text() {
      return new String(bytes, UTF_8);
    }
  }

#if($pipeline.sourceParses)
  private static final String GOOD = ${pipeline.goodLineJava};

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
    assertEachBadOneIsToldApart(
        parsed(everyRecord(GOOD, BAD)), ${pipeline.className}Pipeline.SCHEMA, BAD, ${pipeline.className}BadRecordsTest::origin);
  }

  @Test
  void theGoodRecordGoesOnWithTheSchemasColumns() throws Exception {
    assertTheGoodOneGoesOn(parsed(everyRecord(GOOD, BAD)), ${pipeline.className}Pipeline.SCHEMA, GOOD);
  }
#if($pipeline.failsOnBadRecords)

  @Test
  void aBadRecordStopsTheQueryNamingWhereItCameFromAndWhy() throws Exception {
    Dataset<Row> parsed = parsed(List.of(GOOD.getBytes(UTF_8), BAD.get(0).bytes()));

    assertTheBadOneStopsTheQuery(parsed, ${pipeline.className}Pipeline.SCHEMA, BAD.get(0), origin(1));
  }
#end
#end
#part("bad-records-test/tests")

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
#if($pipeline.failsOnBadRecords)

  /** --bad-records fail: the bad record stops the query, with where it came from, why and its text. */
  private static void assertTheBadOneStopsTheQuery(Dataset<Row> parsed, StructType schema, Bad bad, String origin) {
    assertThatThrownBy(() -> BadRecords.failing(parsed, schema).collectAsList())
        .hasStackTraceContaining("bad record from " + origin + ": ")
        .hasStackTraceContaining(bad.reason())
        .hasStackTraceContaining(bad.text());
  }
#end

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
#part("bad-records-test/parsed")
}
