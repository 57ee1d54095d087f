package dev.streamstarter.samples.questions;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.StructType;

/** The counts-kept-forever pipeline: file source, tumbling-window, console sink. */
public final class CountsKeptForeverPipeline implements Pipeline {

  static final String NAME = "counts-kept-forever";
  static final String QUERY_NAME = "counts_kept_forever";
  static final StructType SCHEMA =
      StructType.fromDDL("emp_id INT, emp_name STRING, timestamp TIMESTAMP, time STRING");
  static final String DEAD_LETTERS = NAME + "-dead-letters";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String queryName() {
    return QUERY_NAME;
  }

  @Override
  public List<Preflight.Need> needs(JobConfig config) {
    List<Preflight.Need> needs = new ArrayList<>();
    needs.add(new Preflight.WritableFolder("--checkpoint-root", config.checkpointRoot()));
    // The folders it reads below --input-root (fed from there file by file, or read directly).
    for (String folder : fileFeed().orElseThrow().folders()) {
      needs.add(new Preflight.InputFolder("--input-root", config.inputRoot(), folder));
    }
    needs.add(new Preflight.WritableFolder("--output-root", config.outputRoot()));
    return needs;
  }

  @Override
  public Dataset<Row> result(SparkSession spark, JobConfig config) {
    return transform(read(spark, config));
  }

  /** Source: the unbounded input table. */
  public Dataset<Row> read(SparkSession spark, JobConfig config) {
    // Lines that do not fit SCHEMA are counted in each micro-batch's progress line and kept in
    // <output-root>/DEAD_LETTERS (startDeadLetters).
    return BadRecords.good(parse(lines(spark, config)), SCHEMA);
  }

  /** The input files' lines, at most 1 files per micro-batch; parse() reads them as json. */
  Dataset<Row> lines(SparkSession spark, JobConfig config) {
    // Source: json files in name order (FileFeeder), at most 1 per micro-batch.
    return spark
        .readStream()
        .option("maxFilesPerTrigger", 1)
        .text(config.inputRoot().resolve(NAME).toString());
  }

  /**
   * Each line parsed with SCHEMA, with its text, the file it came from and, if it does not fit,
   * why (see BadRecords).
   */
  static Dataset<Row> parse(Dataset<Row> lines) {
    return BadRecords.parseJson(
        lines.select(
            col("value").as(BadRecords.RAW),
            concat(lit("file "), col("_metadata.file_name")).as(BadRecords.ORIGIN),
            when(BadRecords.notUtf8(col("value").cast("binary")), lit(BadRecords.NOT_UTF8)).as(BadRecords.REASON)),
        SCHEMA);
  }

  /** Keeps each bad line, as JSON with its text, file and reason, in <output-root>/DEAD_LETTERS. */
  StreamingQuery startSourceDeadLetters(SparkSession spark, JobConfig config) throws TimeoutException {
    return BadRecords.deadLetterLines(parse(lines(spark, config)), SCHEMA)
        .writeStream()
        .queryName(QUERY_NAME + "-dead-letters")
        .format("json")
        .option("path", config.outputRoot().resolve(DEAD_LETTERS).toString())
        .option("checkpointLocation", config.checkpointRoot().resolve(DEAD_LETTERS).toString())
        .trigger(Trigger.ProcessingTime("1 second"))
        .start();
  }

  @Override
  public Optional<FileFeeder.Feed> fileFeed() {
    // Streamed folders, static tables, file by file (or all before an available-now start), resumed.
    return Optional.of(new FileFeeder.Feed(List.of(NAME), List.of(), true, true));
  }

  @Override
  public List<StreamingQuery> startDeadLetters(SparkSession spark, JobConfig config)
      throws TimeoutException {
    List<StreamingQuery> queries = new ArrayList<>();
    queries.add(startSourceDeadLetters(spark, config));
    return queries;
  }


  /** Transformation: the result table computed from the input table. */
  public Dataset<Row> transform(Dataset<Row> input) {
    return CountsKeptForeverTransformation.apply(input);
  }

  @Override
  public DataStreamWriter<Row> writer(Dataset<Row> result, JobConfig config) {
    // Complete mode: each batch emits the whole result table.
    return result
        .writeStream()
        .queryName(QUERY_NAME)
        .outputMode(OutputMode.Complete())
        .option("checkpointLocation", config.checkpointRoot().resolve(NAME).toString());
  }

  @Override
  public DataStreamWriter<Row> sink(DataStreamWriter<Row> writer, JobConfig config) {
    // Sink: console with full values and up to 1,000 rows (Spark shows 20), a micro-batch every 1 second.
    return writer
        .format("console")
        .option("truncate", false)
        .option("numRows", 1000)
        .trigger(Trigger.ProcessingTime("1 second"));
  }
}
