package dev.streamstarter.samples.external;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.StructType;

/** The first-name-counts pipeline: kafka source, grouped-aggregation, memory sink. */
public final class FirstNameCountsPipeline implements Pipeline {

  static final String NAME = "first-name-counts";
  static final String QUERY_NAME = "first_name_counts";
  static final StructType SCHEMA =
      StructType.fromDDL("first STRING, last STRING");
  static final String SOURCE_SERVERS = "127.0.0.1:9092";
  static final String SOURCE_TOPIC = "events";

  /** SQL over the in-memory table {@value #QUERY_NAME}, printed after every micro-batch. */
  static final List<String> TABLE_QUERIES =
      List.of(
          "SELECT first, count FROM first_name_counts ORDER BY count DESC, first LIMIT 5");

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
    // Source: JSON records of the Kafka topic events, at most 1000 per micro-batch.
    return spark
        .readStream()
        .format("kafka")
        .option("kafka.bootstrap.servers", sourceServers(config))
        .option("subscribe", SOURCE_TOPIC)
        .option("startingOffsets", "earliest")
        .option("maxOffsetsPerTrigger", 1000)
        .load()
        // FAILFAST: a record that is not JSON of the schema stops the query instead of
        // becoming a row of nulls that would be counted silently.
        .select(from_json(col("value").cast("string"), SCHEMA, Map.of("mode", "FAILFAST")).as("record"))
        .select("record.*");
  }

  @Override
  public List<String> tableQueries() {
    return TABLE_QUERIES;
  }


  /** Transformation: the result table computed from the input table. */
  public Dataset<Row> transform(Dataset<Row> input) {
    return FirstNameCountsTransformation.apply(input);
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
    // Sink: the in-memory table named after the query, a micro-batch every 1 second.
    return writer
        .format("memory")
        .trigger(Trigger.ProcessingTime("1 second"));
  }
}
