package ${project.package};

#if($pipeline.isKafkaSource)
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

#end
#if($pipeline.isJdbcSink)
import java.util.List;
#end
#if($pipeline.isKafkaSource)
import java.util.Map;
#end
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.Trigger;
#if(!$pipeline.isSocketSource || $pipeline.isJoin)
import org.apache.spark.sql.types.StructType;
#end

/** The ${pipeline.name} pipeline: ${pipeline.source} source, ${pipeline.pattern}, ${pipeline.sink} sink. */
public final class ${pipeline.className}Pipeline implements Pipeline {

  static final String NAME = "${pipeline.name}";
  static final String QUERY_NAME = "${pipeline.queryName}";
#if($pipeline.hasSampleRecords)
  static final StructType SCHEMA =
      StructType.fromDDL(${pipeline.schemaJava});
#end
#if($pipeline.isKafkaSource)
  static final String SOURCE_SERVERS = ${pipeline.sourceServersJava};
  static final String SOURCE_TOPIC = ${pipeline.sourceTopicJava};
#if($pipeline.hasTopicPattern)
  static final String SOURCE_TOPIC_PATTERN = ${pipeline.topicPatternJava};
#end
#end
#if($pipeline.isKafkaSink)
  static final String SINK_SERVERS = ${pipeline.sinkServersJava};
  static final String SINK_TOPIC = ${pipeline.sinkTopicJava};
#end
#if($pipeline.isJdbcSink)
  static final String TABLE = "${pipeline.jdbcTable}";
  /** The columns a table row is unique by; the upsert replaces the row with the same values. */
  static final List<String> UPSERT_KEYS = List.of(#foreach($k in $pipeline.upsertKeysJava)$k#if($foreach.hasNext), #end#end);
#end
#if($pipeline.isJoin)
  static final StructType OTHER_SCHEMA =
      StructType.fromDDL(${pipeline.otherSchemaJava});
#end
#if($pipeline.isRateSource)
  /** The rows the rate source generates. */
  static final StructType SCHEMA = StructType.fromDDL(${pipeline.schemaJava});
  static final int ROWS_PER_SECOND = ${pipeline.rowsPerSecond};
#end
#if($pipeline.isSocketSource)
  static final String HOST = ${pipeline.socketHostJava};
  static final int PORT = ${pipeline.socketPort};
#end

  @Override
  public String name() {
    return NAME;
  }
#if($pipeline.isSocketSource)

  /** The host to connect to: the job's --socket-host, or the generated default. */
  static String host(JobConfig config) {
    return config.socketHost().orElse(HOST);
  }

  /** The port to connect to: the job's --socket-port, or the generated default. */
  static int port(JobConfig config) {
    return config.socketPort().orElse(PORT);
  }
#end

#if($pipeline.isKafkaSource)

  /** The brokers the source reads from: the job's --kafka-bootstrap-servers, or the generated default. */
  static String sourceServers(JobConfig config) {
    return config.kafkaBootstrapServers().orElse(SOURCE_SERVERS);
  }
#end
#if($pipeline.isKafkaSink)

  /** The brokers the sink writes to: the job's --kafka-bootstrap-servers, or the generated default. */
  static String sinkServers(JobConfig config) {
    return config.kafkaBootstrapServers().orElse(SINK_SERVERS);
  }
#end

  @Override
  public Dataset<Row> result(SparkSession spark, JobConfig config) {
#if($pipeline.isJoin)
    return transform(read(spark, config), readOther(spark, config));
#else
    return transform(read(spark, config));
#end
  }

  /** Source: the unbounded input table. */
  public Dataset<Row> read(SparkSession spark, JobConfig config) {
#if($pipeline.isFileSource)
    // Source: ${pipeline.sourceFormat} files in name order, at most ${pipeline.maxFilesPerTrigger} per micro-batch.
    return spark
        .readStream()
        .format("${pipeline.sourceFormat}")
        .schema(SCHEMA)
#if($pipeline.isCsvSource)
        .option("header", true)
#end
        .option("maxFilesPerTrigger", ${pipeline.maxFilesPerTrigger})
        .load(config.inputRoot().resolve(NAME).toString());
#elseif($pipeline.isKafkaSource)
#if($pipeline.hasTopicPattern)
    // Source: JSON records of the Kafka topics matching SOURCE_TOPIC_PATTERN, at most ${pipeline.maxOffsetsPerTrigger} per micro-batch.
#else
    // Source: JSON records of the Kafka topic ${pipeline.sourceTopic}, at most ${pipeline.maxOffsetsPerTrigger} per micro-batch.
#end
    return spark
        .readStream()
        .format("kafka")
        .option("kafka.bootstrap.servers", sourceServers(config))
#if($pipeline.hasTopicPattern)
        .option("subscribePattern", SOURCE_TOPIC_PATTERN)
#else
        .option("subscribe", SOURCE_TOPIC)
#end
        .option("startingOffsets", "${pipeline.startingOffsets}")
        .option("maxOffsetsPerTrigger", ${pipeline.maxOffsetsPerTrigger})
        .load()
        // FAILFAST: a record that is not JSON of the schema stops the query instead of
        // becoming a row of nulls that would be counted silently.
        .select(from_json(col("value").cast("string"), SCHEMA, Map.of("mode", "FAILFAST")).as("record"))
        .select("record.*");
#elseif($pipeline.isRateSource)
    // Source: generated rows (timestamp, value), ROWS_PER_SECOND per second.
    return spark.readStream().format("rate").option("rowsPerSecond", ROWS_PER_SECOND).load();
#else
    // Source: text lines from a TCP socket (value STRING); not replayable, demos only.
    return spark
        .readStream()
        .format("socket")
        .option("host", host(config))
        .option("port", port(config))
        .load();
#end
  }

#if($pipeline.isJoin)

  /** The other side of the join: files in the input root's {@code <pipeline>-other} folder. */
  public Dataset<Row> readOther(SparkSession spark, JobConfig config) {
#if($pipeline.isStreamStaticJoin)
    // A static table, read once when the query starts.
    return spark
        .read()
#else
    // A second stream of files, one per micro-batch.
    return spark
        .readStream()
        .option("maxFilesPerTrigger", 1)
#end
        .format("${pipeline.otherFormat}")
        .schema(OTHER_SCHEMA)
#if($pipeline.isCsvOther)
        .option("header", true)
#end
        .load(config.inputRoot().resolve(NAME + "-other").toString());
  }

  /** Transformation: the join of the input with the other side. */
  public Dataset<Row> transform(Dataset<Row> input, Dataset<Row> other) {
    return ${pipeline.className}Transformation.apply(input, other);
  }
#else

  /** Transformation: the result table computed from the input table. */
  public Dataset<Row> transform(Dataset<Row> input) {
    return ${pipeline.className}Transformation.apply(input);
  }
#end

#if($pipeline.isKafkaSink)
  /** Each result row as a Kafka record: ${pipeline.kafkaValueMd} as value#if($pipeline.hasKafkaKey), ${pipeline.kafkaKeyMd} as key#end. */
  @Override
  public Dataset<Row> records(Dataset<Row> result) {
#if($pipeline.hasKafkaKey)
    return result.selectExpr(${pipeline.kafkaKeyJava} + " AS key", ${pipeline.kafkaValueJava} + " AS value");
#else
    return result.selectExpr(${pipeline.kafkaValueJava} + " AS value");
#end
  }

#end
  @Override
  public DataStreamWriter<Row> writer(Dataset<Row> result, JobConfig config) {
#if($pipeline.isAppend)
    // Append mode: each batch emits only rows that will never change.
#elseif($pipeline.isUpdate)
    // Update mode: each batch emits only the rows it changed.
#else
    // Complete mode: each batch emits the whole result table.
#end
#if($pipeline.usesCheckpoint)
    return result
        .writeStream()
        .queryName(QUERY_NAME)
        .outputMode(OutputMode.${pipeline.outputModeConstant}())
        .option("checkpointLocation", config.checkpointRoot().resolve(NAME).toString());
#else
    // No checkpoint: ${pipeline.noCheckpointReason}.
    return result.writeStream().queryName(QUERY_NAME).outputMode(OutputMode.${pipeline.outputModeConstant}());
#end
  }

  @Override
  public DataStreamWriter<Row> sink(DataStreamWriter<Row> writer, JobConfig config) {
#if($pipeline.isConsoleSink)
    // Sink: console with full values, ${pipeline.triggerDescription}.
    return writer
        .format("console")
        .option("truncate", false)
#elseif($pipeline.isMemorySink)
    // Sink: the in-memory table named after the query, ${pipeline.triggerDescription}.
    return writer
        .format("memory")
#elseif($pipeline.isForeachSink)
    // Sink: a writer called for every row, ${pipeline.triggerDescription}.
    return writer
        .foreach(new ${pipeline.className}RowWriter())
#elseif($pipeline.isKafkaSink)
    // Sink: records of the Kafka topic ${pipeline.sinkTopic} (at-least-once), ${pipeline.triggerDescription}.
    return writer
        .format("kafka")
        .option("kafka.bootstrap.servers", sinkServers(config))
        .option("topic", SINK_TOPIC)
#elseif($pipeline.isJdbcSink)
    // Sink: each micro-batch upserted into the table ${pipeline.jdbcTable}, ${pipeline.triggerDescription}.
    return writer
        .foreachBatch(new JdbcUpsertSink(JdbcTarget.of(config, TABLE, UPSERT_KEYS)))
#else
    // Sink: ${pipeline.sinkFormat} files, ${pipeline.triggerDescription}.
    return writer
        .format("${pipeline.sinkFormat}")
        .option("path", config.outputRoot().resolve(NAME).toString())
#end
#if($pipeline.isProcessingTime)
        .trigger(Trigger.ProcessingTime(${pipeline.triggerIntervalJava}));
#elseif($pipeline.isContinuous)
        .trigger(Trigger.Continuous(${pipeline.triggerIntervalJava}));
#else
        .trigger(Trigger.AvailableNow());
#end
  }
}
