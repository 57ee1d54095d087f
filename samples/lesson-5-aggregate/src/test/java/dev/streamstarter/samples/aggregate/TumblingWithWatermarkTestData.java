package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.SparkTestSupport.spark;
import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/** The tumbling-with-watermark input as tests feed it: the bundled sample, parsed as the source does. */
final class TumblingWithWatermarkTestData {

  /** The sample input bundled with the project. */
  static final Path BUNDLED = Path.of("data", TumblingWithWatermarkPipeline.NAME);

  private static final String EVENT_TIME = "timestamp";

  private static final Duration WATERMARK_DELAY = Duration.ofMillis(1800000);

  private TumblingWithWatermarkTestData() {}

  /** Parses raw input lines in a column named value into input rows, as the source would. */
  static Dataset<Row> parse(Dataset<String> lines) {
    return lines
        .select(from_json(col("value"), TumblingWithWatermarkPipeline.SCHEMA).as("row"))
        .select("row.*");
  }

  /** Input rows of the given raw lines. */
  static Dataset<Row> rows(List<String> lines) {
    return parse(spark().createDataset(lines, Encoders.STRING()));
  }

  /** The bundled input, one list of lines per file, in the order the source reads them. */
  static List<List<String>> bundledBatches() throws IOException {
    List<List<String>> batches = new ArrayList<>();
    try (Stream<Path> files = Files.list(BUNDLED)) {
      for (Path file : files.sorted().toList()) {
        batches.add(Files.readAllLines(file));
      }
    }
    return batches;
  }

  /** The given lines with their event time `timestamp` moved later by the given amount. */
  static List<String> shifted(List<String> lines, Duration by) {
    Dataset<Row> moved =
        rows(lines)
            .withColumn(EVENT_TIME, col(EVENT_TIME).plus(interval(by)));
    return moved.toJSON().collectAsList();
  }

  /** How far to move rows so that the watermark passes every bundled row: the sample's span and more. */
  static Duration pastTheSample() throws IOException {
    Row span = rows(bundledLines()).agg(min(col(EVENT_TIME)), max(col(EVENT_TIME))).first();
    Duration sampleSpan =
        Duration.between(span.getTimestamp(0).toInstant(), span.getTimestamp(1).toInstant());
    return sampleSpan.plusSeconds(7200);
  }

  private static org.apache.spark.sql.Column interval(Duration duration) {
    return expr("INTERVAL " + duration.toSeconds() + " SECONDS");
  }

  /** The content of an input file holding the given lines. */
  static List<String> fileContent(List<String> lines) {
    return lines;
  }

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

  /** Hands a file over to the file source: copied under a hidden name, then renamed, never read half-written. */
  static void handOver(Path file, Path folder) throws IOException {
    Path hidden = folder.resolve("." + file.getFileName());
    Files.copy(file, hidden);
    Files.move(hidden, folder.resolve(file.getFileName()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Every bundled input line. */
  static List<String> bundledLines() throws IOException {
    return bundledBatches().stream().flatMap(List::stream).toList();
  }

  /**
   * The result table as the query's output so far makes it: update mode
   * emits changed rows, so the latest row per group key wins.
   */
  static List<Row> resultSoFar(BatchCollector emitted) {
    return comparable(
        SparkTestSupport.latestPerKey(emitted.rows(), TumblingWithWatermarkTransformation.RESULT_KEYS));
  }

  /** The transformation applied to the given lines as a static table. */
  static Dataset<Row> result(List<String> lines) throws IOException {
    return TumblingWithWatermarkTransformation.apply(rows(lines));
  }

  /** The batch result over the given lines: what the streaming result must come to. */
  static List<Row> expected(List<String> lines) throws IOException {
    return comparable(result(lines).collectAsList());
  }

  /**
   * What the streaming result must come to after the given micro-batches, each followed by the
   * batch without new data that moves the watermark on, as the tests and the job feed input.
   */
  static List<Row> expectedAfter(List<List<String>> batches) throws IOException {
    // Each micro-batch counts a row only in the windows that end after the watermark the batch
    // runs with: the latest event time of the batches before it, less 30 minutes. So a window
    // that ends after the watermark of batch k, and by that of batch k + 1, holds exactly the
    // rows of batches 0 to k.
    List<Row> expected = new ArrayList<>();
    List<String> upTo = new ArrayList<>();
    Timestamp watermark = null; // the first batch drops nothing
    for (int k = 0; k < batches.size(); k++) {
      upTo.addAll(batches.get(k));
      Timestamp next = watermarkAfter(watermark, batches.get(k));
      Column counted = watermark == null ? lit(true) : col("window.end").gt(lit(watermark));
      if (k < batches.size() - 1 && next != null) {
        counted = counted.and(col("window.end").leq(lit(next)));
      }
      expected.addAll(result(upTo).where(counted).collectAsList());
      watermark = next;
    }
    return comparable(expected);
  }

  /** The watermark after a batch: it only moves on, to the batch's latest event time less the delay. */
  private static Timestamp watermarkAfter(Timestamp watermark, List<String> batch) {
    Row latest =
        TumblingWithWatermarkTransformation.prepare(rows(batch)).agg(max(col(EVENT_TIME))).first();
    if (latest.isNullAt(0)) {
      return watermark;
    }
    Timestamp moved = Timestamp.from(latest.getTimestamp(0).toInstant().minus(WATERMARK_DELAY));
    return watermark == null || moved.after(watermark) ? moved : watermark;
  }

  /**
   * Rows as tests compare them: whole rows.
   */
  static List<Row> comparable(List<Row> rows) {
    return rows;
  }
}
