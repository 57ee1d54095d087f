package dev.streamstarter.samples.join;

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

/** The impressions-clicks-watermark pipeline: file source, stream-stream-join, console sink. */
public final class ImpressionsClicksWatermarkPipeline implements Pipeline {

  static final String NAME = "impressions-clicks-watermark";
  static final String QUERY_NAME = "impressions_clicks_watermark";
  static final StructType SCHEMA =
      StructType.fromDDL("adId INT, impressionTime TIMESTAMP");
  static final String DEAD_LETTERS = NAME + "-dead-letters";
  static final StructType OTHER_SCHEMA =
      StructType.fromDDL("adId INT, clickTime TIMESTAMP");
  static final String OTHER_DEAD_LETTERS = NAME + "-other-dead-letters";

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
    needs.add(new Preflight.InputFolder("--input-root", config.inputRoot(), NAME + "-other"));
    return needs;
  }

  @Override
  public Dataset<Row> result(SparkSession spark, JobConfig config) {
    return transform(read(spark, config), readOther(spark, config));
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
        .trigger(Trigger.ProcessingTime("10 seconds"))
        .start();
  }

  @Override
  public Optional<FileFeeder.Feed> fileFeed() {
    // Both sides are file streams: each step feeds the next file of each.
    // Streamed folders, static tables, file by file (or all before an available-now start), resumed.
    return Optional.of(new FileFeeder.Feed(List.of(NAME, NAME + "-other"), List.of(), true, true));
  }

  @Override
  public List<StreamingQuery> startDeadLetters(SparkSession spark, JobConfig config)
      throws TimeoutException {
    List<StreamingQuery> queries = new ArrayList<>();
    queries.add(startSourceDeadLetters(spark, config));
    queries.add(startOtherDeadLetters(spark, config));
    return queries;
  }


  /** The other side of the join: files in the input root's {@code <pipeline>-other} folder. */
  public Dataset<Row> readOther(SparkSession spark, JobConfig config) {
    // Lines that do not fit OTHER_SCHEMA are counted in each micro-batch's progress line and kept in
    // <output-root>/OTHER_DEAD_LETTERS (startDeadLetters).
    return BadRecords.good(parseOther(otherLines(spark, config)), OTHER_SCHEMA, BadRecords.OTHER_METRIC);
  }

  /** The other side's lines; parseOther() reads them as json. */
  Dataset<Row> otherLines(SparkSession spark, JobConfig config) {
    // A second stream of files, one per micro-batch.
    return spark
        .readStream()
        .option("maxFilesPerTrigger", 1)
        .text(config.inputRoot().resolve(NAME + "-other").toString());
  }

  /** Each line of the other side parsed with OTHER_SCHEMA, with its text, file and, if it does not fit, why. */
  static Dataset<Row> parseOther(Dataset<Row> lines) {
    return BadRecords.parseJson(
        lines.select(
            col("value").as(BadRecords.RAW),
            concat(lit("file " + NAME + "-other/"), col("_metadata.file_name")).as(BadRecords.ORIGIN),
            when(BadRecords.notUtf8(col("value").cast("binary")), lit(BadRecords.NOT_UTF8)).as(BadRecords.REASON)),
        OTHER_SCHEMA);
  }

  /** Keeps each bad line of the other side, as JSON with its text, file and reason, in <output-root>/OTHER_DEAD_LETTERS. */
  StreamingQuery startOtherDeadLetters(SparkSession spark, JobConfig config) throws TimeoutException {
    return BadRecords.deadLetterLines(parseOther(otherLines(spark, config)), OTHER_SCHEMA)
        .writeStream()
        .queryName(QUERY_NAME + "-other-dead-letters")
        .format("json")
        .option("path", config.outputRoot().resolve(OTHER_DEAD_LETTERS).toString())
        .option("checkpointLocation", config.checkpointRoot().resolve(OTHER_DEAD_LETTERS).toString())
        .trigger(Trigger.ProcessingTime("10 seconds"))
        .start();
  }

  /** Transformation: the join of the input with the other side. */
  public Dataset<Row> transform(Dataset<Row> input, Dataset<Row> other) {
    return ImpressionsClicksWatermarkTransformation.apply(input, other);
  }

  @Override
  public DataStreamWriter<Row> writer(Dataset<Row> result, JobConfig config) {
    // Append mode: each batch emits only rows that will never change.
    return result
        .writeStream()
        .queryName(QUERY_NAME)
        .outputMode(OutputMode.Append())
        .option("checkpointLocation", config.checkpointRoot().resolve(NAME).toString());
  }

  @Override
  public DataStreamWriter<Row> sink(DataStreamWriter<Row> writer, JobConfig config) {
    // Sink: console with full values and up to 1,000 rows (Spark shows 20), a micro-batch every 10 seconds.
    return writer
        .format("console")
        .option("truncate", false)
        .option("numRows", 1000)
        .trigger(Trigger.ProcessingTime("10 seconds"));
  }
}
