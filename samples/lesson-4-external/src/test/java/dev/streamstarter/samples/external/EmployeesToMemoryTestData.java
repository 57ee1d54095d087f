package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.SparkTestSupport.spark;
import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/** The employees-to-memory input as tests feed it: the bundled sample, parsed as the source does. */
final class EmployeesToMemoryTestData {

  /** The sample input bundled with the project. */
  static final Path BUNDLED = Path.of("data", EmployeesToMemoryPipeline.NAME);

  private EmployeesToMemoryTestData() {}

  /** Parses raw input lines in a column named value into input rows, as the source would. */
  static Dataset<Row> parse(Dataset<String> lines) {
    return lines
        .select(from_json(col("value"), EmployeesToMemoryPipeline.SCHEMA).as("row"))
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
   * The result table as the query's output so far makes it: append mode
   * emits each row once, so every emitted row is part of the result.
   */
  static List<Row> resultSoFar(BatchCollector emitted) {
    return comparable(emitted.rows());
  }

  /** The transformation applied to the given lines as a static table. */
  static Dataset<Row> result(List<String> lines) throws IOException {
    return EmployeesToMemoryTransformation.apply(rows(lines));
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
    return expected(batches.stream().flatMap(List::stream).toList());
  }

  /**
   * Rows as tests compare them: whole rows.
   */
  static List<Row> comparable(List<Row> rows) {
    return rows;
  }
}
