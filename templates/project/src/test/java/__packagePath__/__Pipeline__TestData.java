package ${project.package};

import static ${project.package}.SparkTestSupport.spark;
import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
#if($pipeline.shiftsEventTime)
import java.time.Duration;
#end
#if($pipeline.isRateSource)
import java.time.Instant;
#end
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
#if($pipeline.hasSampleRecords || $pipeline.isJoin)
import java.util.stream.Stream;
#end
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
#if($pipeline.comparesKeysOnly)
import org.apache.spark.sql.RowFactory;
#end

/** The ${pipeline.name} input as tests feed it: the bundled sample, parsed as the source does. */
final class ${pipeline.className}TestData {

  /** The sample input bundled with the project. */
  static final Path BUNDLED = Path.of("data", ${pipeline.className}Pipeline.NAME);
#if($pipeline.isJoin)

  /** The sample of the join's other side bundled with the project. */
  static final Path BUNDLED_OTHER = Path.of("data", ${pipeline.className}Pipeline.NAME + "-other");
#end

#if($pipeline.shiftsEventTime)
  private static final String EVENT_TIME = ${pipeline.eventTimeJava};
#if($pipeline.isStreamStreamJoin && $pipeline.hasOtherWatermark)
  private static final String OTHER_EVENT_TIME = ${pipeline.otherEventTimeJava};
#end

#end
#if($pipeline.isStreamStreamJoin && $pipeline.isCsvOther)
  private static final String OTHER_SCHEMA_DDL = ${pipeline.className}Pipeline.OTHER_SCHEMA.toDDL();

#end
#if($pipeline.isCsvSource)
  private static final String SCHEMA_DDL = ${pipeline.className}Pipeline.SCHEMA.toDDL();

#end
  private ${pipeline.className}TestData() {}

  /** Parses raw input lines in a column named value into input rows, as the source would. */
  static Dataset<Row> parse(Dataset<String> lines) {
#if($pipeline.isCsvSource)
    return lines
        // from_csv takes the schema as a DDL literal from Java.
        .select(from_csv(col("value"), lit(SCHEMA_DDL), Map.of()).as("row"))
        .select("row.*");
#elseif(!$pipeline.isSocketSource)
    return lines
        .select(from_json(col("value"), ${pipeline.className}Pipeline.SCHEMA).as("row"))
        .select("row.*");
#else
    return lines.toDF();
#end
  }

  /** Input rows of the given raw lines. */
  static Dataset<Row> rows(List<String> lines) {
    return parse(spark().createDataset(lines, Encoders.STRING()));
  }

#if($pipeline.hasSampleRecords)
  /** The bundled input, one list of lines per file, in the order the source reads them. */
  static List<List<String>> bundledBatches() throws IOException {
    List<List<String>> batches = new ArrayList<>();
    try (Stream<Path> files = Files.list(BUNDLED)) {
      for (Path file : files.sorted().toList()) {
#if($pipeline.isCsvSource)
        List<String> lines = Files.readAllLines(file);
        batches.add(lines.subList(1, lines.size())); // without the header line
#else
        batches.add(Files.readAllLines(file));
#end
      }
    }
    return batches;
  }
#elseif($pipeline.isRateSource)
  /** Rows as the rate source makes them, as JSON lines: four per micro-batch, 150 s apart. */
  static List<List<String>> bundledBatches() throws IOException {
    Instant start = Instant.parse("2026-01-01T09:00:00Z");
    List<List<String>> batches = new ArrayList<>();
    for (int batch = 0; batch < 3; batch++) {
      List<String> lines = new ArrayList<>();
      for (long value = batch * 4; value < batch * 4 + 4; value++) {
        lines.add("{\"timestamp\":\"" + start.plusSeconds(150 * value) + "\",\"value\":" + value + "}");
      }
      batches.add(lines);
    }
    return batches;
  }
#else
  /** The bundled lines, a few per micro-batch. */
  static List<List<String>> bundledBatches() throws IOException {
    List<String> lines = Files.readAllLines(BUNDLED.resolve("lines.txt"));
    List<List<String>> batches = new ArrayList<>();
    for (int start = 0; start < lines.size(); start += 2) {
      batches.add(lines.subList(start, Math.min(start + 2, lines.size())));
    }
    return batches;
  }
#end

#if($pipeline.shiftsEventTime)
  /** The given lines with their event time ${pipeline.eventTimeMd} moved later by the given amount. */
  static List<String> shifted(List<String> lines, Duration by) {
    Dataset<Row> moved =
        rows(lines)
            .withColumn(EVENT_TIME, col(EVENT_TIME).plus(interval(by)));
#if($pipeline.isCsvSource)
    return moved.select(to_csv(struct(col("*")))).as(Encoders.STRING()).collectAsList();
#else
    return moved.toJSON().collectAsList();
#end
  }

#end
#if($pipeline.shiftsEventTime)
  private static org.apache.spark.sql.Column interval(Duration duration) {
    return expr("INTERVAL " + duration.toSeconds() + " SECONDS");
  }

#end
#if($pipeline.isFileSource)
  /** The content of an input file holding the given lines. */
  static List<String> fileContent(List<String> lines) {
#if($pipeline.isCsvSource)
    List<String> content = new ArrayList<>();
    content.add(String.join(",", ${pipeline.className}Pipeline.SCHEMA.fieldNames()));
    content.addAll(lines);
    return content;
#else
    return lines;
#end
  }

#end
#if($pipeline.isFileSource || $pipeline.isJoin)
  /**
   * Copies the files of a folder in name order, each modified a second after the one before:
   * the file source reads files oldest first, and copies made within the same millisecond
   * would come in any order, and with a watermark, in the wrong order rows are late.
   */
  static void copyInNameOrder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    long modified = System.currentTimeMillis() - 60_000;
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.sorted().toList()) {
        Path copy = Files.copy(file, to.resolve(file.getFileName()));
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(modified += 1_000));
      }
    }
  }

#end
  /** Every bundled input line. */
  static List<String> bundledLines() throws IOException {
    return bundledBatches().stream().flatMap(List::stream).toList();
  }

  /**
   * The result table as the query's output so far makes it: ${pipeline.outputMode} mode
#if($pipeline.foldsByKey)
   * emits changed rows, so the latest row per group key wins.
#elseif($pipeline.keepsLastBatch)
   * emits the whole table each batch, so the last batch is the result.
#else
   * emits each row once, so every emitted row is part of the result.
#end
   */
  static List<Row> resultSoFar(BatchCollector emitted) {
#if($pipeline.foldsByKey)
    return comparable(
        SparkTestSupport.latestPerKey(emitted.rows(), ${pipeline.className}Transformation.RESULT_KEYS));
#elseif($pipeline.keepsLastBatch)
    return comparable(emitted.lastBatch());
#else
    return comparable(emitted.rows());
#end
  }

  /** The transformation applied to the given lines as a static table. */
  static Dataset<Row> result(List<String> lines) throws IOException {
#if($pipeline.isJoin)
    return ${pipeline.className}Transformation.apply(rows(lines), otherTable());
#else
    return ${pipeline.className}Transformation.apply(rows(lines));
#end
  }

  /** The batch result over the given lines: what the streaming result must come to. */
  static List<Row> expected(List<String> lines) throws IOException {
    return comparable(result(lines).collectAsList());
  }
#if($pipeline.isJoin)

  /** The bundled other side of the join, as a static table. */
  static Dataset<Row> otherTable() {
    return spark()
        .read()
        .format("${pipeline.otherFormat}")
        .schema(${pipeline.className}Pipeline.OTHER_SCHEMA)
#if($pipeline.isCsvOther)
        .option("header", true)
#end
        .load(BUNDLED_OTHER.toString());
  }
#end
#if($pipeline.isStreamStreamJoin)

  /** The bundled other side of the join as raw lines, to feed a second memory stream. */
  static List<String> otherLines() {
#if($pipeline.isCsvOther)
    return otherTable().select(to_csv(struct(col("*")))).as(Encoders.STRING()).collectAsList();
#else
    return otherTable().toJSON().collectAsList();
#end
  }

#if($pipeline.shiftsEventTime && $pipeline.hasOtherWatermark)
  /** Raw lines of the other side with their event time moved later by the given amount. */
  static List<String> shiftedOther(List<String> lines, Duration by) {
    Dataset<Row> moved =
        parseOther(spark().createDataset(lines, Encoders.STRING()))
            .withColumn(OTHER_EVENT_TIME, col(OTHER_EVENT_TIME).plus(interval(by)));
#if($pipeline.isCsvOther)
    return moved.select(to_csv(struct(col("*")))).as(Encoders.STRING()).collectAsList();
#else
    return moved.toJSON().collectAsList();
#end
  }

#end
  /** Parses raw lines of the other side, as its file source would. */
  static Dataset<Row> parseOther(Dataset<String> lines) {
#if($pipeline.isCsvOther)
    return lines
        .select(from_csv(col("value"), lit(OTHER_SCHEMA_DDL), Map.of()).as("row"))
        .select("row.*");
#else
    return lines
        .select(from_json(col("value"), ${pipeline.className}Pipeline.OTHER_SCHEMA).as("row"))
        .select("row.*");
#end
  }
#end

  /**
#if($pipeline.comparesKeysOnly)
   * Rows as tests compare them: the distinct keys, since which duplicate is kept depends on
   * arrival order.
#else
   * Rows as tests compare them: whole rows.
#end
   */
  static List<Row> comparable(List<Row> rows) {
#if($pipeline.comparesKeysOnly)
    return rows.stream()
        .map(row -> RowFactory.create(
            ${pipeline.className}Transformation.KEYS.stream().map(row::getAs).toArray()))
        .distinct()
        .toList();
#else
    return rows;
#end
  }
}
