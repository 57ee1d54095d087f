package dev.streamstarter.samples.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.StructType;

/** The kafka-watermark pipeline: kafka source, tumbling-window, console sink. */
public final class KafkaWatermarkPipeline implements Pipeline {

  static final String NAME = "kafka-watermark";
  static final String QUERY_NAME = "kafka_watermark";
  static final StructType SCHEMA =
      StructType.fromDDL("emp_id INT, emp_name STRING, timestamp TIMESTAMP, time STRING");
  static final String SOURCE_SERVERS = "127.0.0.1:9092";
  static final String SOURCE_TOPIC = "kafka-watermark";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String queryName() {
    return QUERY_NAME;
  }

  /** The brokers the source reads from: the job's --kafka-bootstrap-servers, or the generated default. */
  static String sourceServers(JobConfig config) {
    return config.kafkaBootstrapServers().orElse(SOURCE_SERVERS);
  }

  @Override
  public Dataset<Row> result(SparkSession spark, JobConfig config) {
    return transform(read(spark, config));
  }

  /** Source: the unbounded input table. */
  public Dataset<Row> read(SparkSession spark, JobConfig config) {
    // Source: JSON records of the Kafka topic kafka-watermark, at most 1 per micro-batch.
    return spark
        .readStream()
        .format("kafka")
        .option("kafka.bootstrap.servers", sourceServers(config))
        .option("subscribe", SOURCE_TOPIC)
        .option("startingOffsets", "earliest")
        .option("maxOffsetsPerTrigger", 1)
        .load()
        // FAILFAST: a record that is not JSON of the schema stops the query instead of
        // becoming a row of nulls that would be counted silently.
        .select(from_json(col("value").cast("string"), SCHEMA, Map.of("mode", "FAILFAST")).as("record"))
        .select("record.*");
  }


  /** Transformation: the result table computed from the input table. */
  public Dataset<Row> transform(Dataset<Row> input) {
    return KafkaWatermarkTransformation.apply(input);
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
    // Sink: console with full values and up to 1,000 rows (Spark shows 20), a micro-batch every 1 second.
    return writer
        .format("console")
        .option("truncate", false)
        .option("numRows", 1000)
        .trigger(Trigger.ProcessingTime("1 second"));
  }
}
