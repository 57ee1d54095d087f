package dev.streamstarter.samples.basic;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.Trigger;

/** The word-count pipeline: socket source, grouped-aggregation, console sink. */
public final class WordCountPipeline implements Pipeline {

  static final String NAME = "word-count";
  static final String QUERY_NAME = "word_count";
  static final String HOST = "127.0.0.1";
  static final int PORT = 9999;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String queryName() {
    return QUERY_NAME;
  }

  /** The host to connect to: the job's --socket-host, or the generated default. */
  static String host(JobConfig config) {
    return config.socketHost().orElse(HOST);
  }

  /** The port to connect to: the job's --socket-port, or the generated default. */
  static int port(JobConfig config) {
    return config.socketPort().orElse(PORT);
  }

  @Override
  public Dataset<Row> result(SparkSession spark, JobConfig config) {
    return transform(read(spark, config));
  }

  /** Source: the unbounded input table. */
  public Dataset<Row> read(SparkSession spark, JobConfig config) {
    // Source: text lines from a TCP socket (value STRING); not replayable, demos only.
    return spark
        .readStream()
        .format("socket")
        .option("host", host(config))
        .option("port", port(config))
        .load();
  }


  /** Transformation: the result table computed from the input table. */
  public Dataset<Row> transform(Dataset<Row> input) {
    return WordCountTransformation.apply(input);
  }

  @Override
  public DataStreamWriter<Row> writer(Dataset<Row> result, JobConfig config) {
    // Complete mode: each batch emits the whole result table.
    // No checkpoint: the socket source cannot replay, and restarting it from a checkpoint fails.
    return result.writeStream().queryName(QUERY_NAME).outputMode(OutputMode.Complete());
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
