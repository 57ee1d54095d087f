package dev.streamstarter.samples.external;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.StreamingQuery;
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
  // The record's own key and value bytes, kept beside the parsed columns for its dead letter.
  private static final String KEY = "_key";
  private static final String VALUE = "_value";
  static final String DEAD_LETTER_TOPIC = NAME + "-dead-letters";

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

  @Override
  public List<Preflight.Need> needs(JobConfig config) {
    List<Preflight.Need> needs = new ArrayList<>();
    needs.add(new Preflight.WritableFolder("--checkpoint-root", config.checkpointRoot()));
    needs.add(new ReachableBrokers(sourceServers(config)));
    return needs;
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
    // Records that do not fit SCHEMA are counted in each micro-batch's progress line and kept in
    // the topic DEAD_LETTER_TOPIC (startDeadLetters).
    return BadRecords.good(parse(topicRecords(spark, config)), SCHEMA);
  }

  /** The topic's records as Kafka gives them: key and value bytes, topic, partition, offset, ... */
  Dataset<Row> topicRecords(SparkSession spark, JobConfig config) {
    // Source: JSON records of the Kafka topic events, at most 1000 per micro-batch.
    return spark
        .readStream()
        .format("kafka")
        .option("kafka.bootstrap.servers", sourceServers(config))
        .option("subscribe", SOURCE_TOPIC)
        .option("startingOffsets", "earliest")
        .option("maxOffsetsPerTrigger", 1000)
        .load();
  }

  /**
   * Each record's value parsed with SCHEMA, with its key and value bytes, its value as text, where
   * it came from and, if it does not fit, why (see BadRecords).
   */
  static Dataset<Row> parse(Dataset<Row> topicRecords) {
    return BadRecords.parseJson(
        topicRecords.select(
            col("value").cast("string").as(BadRecords.RAW),
            concat_ws("/", col("topic"), col("partition"), col("offset")).as(BadRecords.ORIGIN),
            when(BadRecords.notUtf8(col("value")), lit(BadRecords.NOT_UTF8)).as(BadRecords.REASON),
            col("key").as(KEY),
            col("value").as(VALUE)),
        SCHEMA);
  }

  /**
   * Keeps each bad record in DEAD_LETTER_TOPIC as it came (key and value bytes), with headers that
   * say where it came from and why it does not fit; a consumer can fix and replay them.
   */
  StreamingQuery startSourceDeadLetters(SparkSession spark, JobConfig config) throws TimeoutException {
    return BadRecords.deadLetters(parse(topicRecords(spark, config)), SCHEMA)
        .select(
            col(KEY).as("key"),
            col(VALUE).as("value"),
            array(
                    header("dead-letter-origin", BadRecords.ORIGIN),
                    header("dead-letter-reason", BadRecords.REASON))
                .as("headers"))
        .writeStream()
        .queryName(QUERY_NAME + "-dead-letters")
        .format("kafka")
        .option("kafka.bootstrap.servers", sourceServers(config))
        .option("topic", DEAD_LETTER_TOPIC)
        .option("checkpointLocation", config.checkpointRoot().resolve(NAME + "-dead-letters").toString())
        .trigger(Trigger.ProcessingTime("1 second"))
        .start();
  }

  /** A Kafka header: its key, and the column's text as UTF-8 bytes. */
  private static Column header(String key, String column) {
    return struct(lit(key).as("key"), encode(col(column), "UTF-8").as("value"));
  }

  @Override
  public List<String> tableQueries() {
    return TABLE_QUERIES;
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
