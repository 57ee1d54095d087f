package ${project.package};

## Each source, pattern and sink kind fills the slots of this class from its folder
## (kinds/<axis>/<kind>/parts/test-data/<slot>.vm); see templates/README.md.
## Sources that do not read the bundled sample files (rate, socket) make their own bundledBatches().
#set($readsSampleFiles = !$pipeline.parts.has("test-data/bundled-batches"))
#set($testDataImports = ["static ${project.package}.SparkTestSupport.spark", "static org.apache.spark.sql.functions.*", "java.io.IOException", "java.nio.file.Files", "java.nio.file.Path", "java.util.ArrayList", "java.util.List", "java.util.Map", "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Encoders", "org.apache.spark.sql.Row"])
#if($pipeline.shiftsEventTime)
#set($added = $testDataImports.add("java.time.Duration"))
#end
#if($pipeline.modelsLateRows)
#set($added = $testDataImports.addAll(["java.sql.Timestamp", "org.apache.spark.sql.Column"]))
#end
#if($readsSampleFiles || $pipeline.isJoin)
#set($added = $testDataImports.add("java.util.stream.Stream"))
#end
#imports("test-data", $testDataImports)

/** The ${pipeline.name} input as tests feed it: the bundled sample, parsed as the source does. */
final class ${pipeline.className}TestData {

  /** The sample input bundled with the project. */
  static final Path BUNDLED = Path.of("data", ${pipeline.className}Pipeline.NAME);
#part("test-data/bundled")

#if($pipeline.shiftsEventTime)
  private static final String EVENT_TIME = ${pipeline.eventTimeJava};
#part("test-data/event-time")

#end
#part("test-data/constants")
  private ${pipeline.className}TestData() {}

  /** Parses raw input lines in a column named value into input rows, as the source would. */
  static Dataset<Row> parse(Dataset<String> lines) {
#if($pipeline.parts.has("test-data/parse"))
#part("test-data/parse")
#else
    return lines
        .select(from_json(col("value"), ${pipeline.className}Pipeline.SCHEMA).as("row"))
        .select("row.*");
#end
  }

  /** Input rows of the given raw lines. */
  static Dataset<Row> rows(List<String> lines) {
    return parse(spark().createDataset(lines, Encoders.STRING()));
  }

#if($readsSampleFiles)
  /** The bundled input, one list of lines per file, in the order the source reads them. */
  static List<List<String>> bundledBatches() throws IOException {
    List<List<String>> batches = new ArrayList<>();
    try (Stream<Path> files = Files.list(BUNDLED)) {
      for (Path file : files.sorted().toList()) {
#if($pipeline.parts.has("test-data/sample-file"))
#part("test-data/sample-file")
#else
        batches.add(Files.readAllLines(file));
#end
      }
    }
    return batches;
  }
#else
#part("test-data/bundled-batches")
#end

#if($pipeline.shiftsEventTime)
  /** The given lines with their event time ${pipeline.eventTimeMd} moved later by the given amount. */
  static List<String> shifted(List<String> lines, Duration by) {
    Dataset<Row> moved =
        rows(lines)
            .withColumn(EVENT_TIME, col(EVENT_TIME).plus(interval(by)));
#if($pipeline.parts.has("test-data/shifted"))
#part("test-data/shifted")
#else
    return moved.toJSON().collectAsList();
#end
  }

  /** How far to move rows so that the watermark passes every bundled row: the sample's span and more. */
  static Duration pastTheSample() throws IOException {
    Row span = rows(bundledLines()).agg(min(col(EVENT_TIME)), max(col(EVENT_TIME))).first();
    Duration sampleSpan =
        Duration.between(span.getTimestamp(0).toInstant(), span.getTimestamp(1).toInstant());
    return sampleSpan.plusSeconds(${pipeline.lateShiftSeconds});
  }

  private static org.apache.spark.sql.Column interval(Duration duration) {
    return expr("INTERVAL " + duration.toSeconds() + " SECONDS");
  }

#end
#part("test-data/input-files")
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

  /** Hands a file over to the file source: copied under a hidden name, then renamed, never read half-written. */
  static void handOver(Path file, Path folder) throws IOException {
    Path hidden = folder.resolve("." + file.getFileName());
    Files.copy(file, hidden);
    Files.move(hidden, folder.resolve(file.getFileName()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
#if($pipeline.parts.has("test-data/result"))
#part("test-data/result")
#else
    return ${pipeline.className}Transformation.apply(rows(lines));
#end
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
#if($pipeline.parts.has("test-data/expected-after"))
#part("test-data/expected-after")
#else
    return expected(batches.stream().flatMap(List::stream).toList());
#end
  }
#part("test-data/other")

#if($pipeline.parts.has("test-data/comparable"))
#part("test-data/comparable")
#else
  /**
   * Rows as tests compare them: whole rows.
   */
  static List<Row> comparable(List<Row> rows) {
    return rows;
  }
#end
}
