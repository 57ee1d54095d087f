package dev.streamstarter.samples.questions;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.StructType;

/** The counts-with-watermark pipeline: file source, tumbling-window, console sink. */
public final class CountsWithWatermarkPipeline implements Pipeline {

  static final String NAME = "counts-with-watermark";
  static final String QUERY_NAME = "counts_with_watermark";
  static final StructType SCHEMA =
      StructType.fromDDL("emp_id INT, emp_name STRING, timestamp TIMESTAMP, time STRING");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String queryName() {
    return QUERY_NAME;
  }

  @Override
  public Dataset<Row> result(SparkSession spark, JobConfig config) {
    return transform(read(spark, config));
  }

  /** Source: the unbounded input table. */
  public Dataset<Row> read(SparkSession spark, JobConfig config) {
    // Source: json files in name order, at most 1 per micro-batch.
    return spark
        .readStream()
        .format("json")
        .schema(SCHEMA)
        .option("maxFilesPerTrigger", 1)
        .load(config.inputRoot().resolve(NAME).toString());
  }

  @Override
  public Optional<FileFeeder.Feed> fileFeed() {
    // Streamed folders, static tables, file by file (or all before an available-now start), resumed.
    return Optional.of(new FileFeeder.Feed(List.of(NAME), List.of(), true, true));
  }


  /** Transformation: the result table computed from the input table. */
  public Dataset<Row> transform(Dataset<Row> input) {
    return CountsWithWatermarkTransformation.apply(input);
  }

  @Override
  public DataStreamWriter<Row> writer(Dataset<Row> result, JobConfig config) {
    // Update mode: each batch emits only the rows it changed.
    return result
        .writeStream()
        .queryName(QUERY_NAME)
        .outputMode(OutputMode.Update())
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
