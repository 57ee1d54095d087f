package ${project.package};

import static ${project.package}.SparkTestSupport.spark;
#if($pipeline.isFileSource)
import static org.apache.spark.sql.functions.col;
#if($pipeline.isCsvSource)
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.lit;
#else
import static org.apache.spark.sql.functions.from_json;
#end
#end

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
#if($pipeline.isCsvSource)
import java.util.Map;
#end
#if($pipeline.isFileSource)
import java.util.stream.Stream;
#end
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/** The ${pipeline.name} input as tests feed it: the bundled sample, parsed as the source does. */
final class ${pipeline.className}TestData {

  /** The sample input bundled with the project. */
  static final Path BUNDLED = Path.of("data", ${pipeline.className}Pipeline.NAME);

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
#elseif($pipeline.isFileSource)
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

#if($pipeline.isFileSource)
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
    return SparkTestSupport.latestPerKey(emitted.rows(), ${pipeline.className}Transformation.GROUP_BY);
#elseif($pipeline.keepsLastBatch)
    return emitted.lastBatch();
#else
    return emitted.rows();
#end
  }
}
