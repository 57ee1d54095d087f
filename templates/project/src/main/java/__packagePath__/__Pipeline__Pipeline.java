package ${project.package};

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
#if($pipeline.isFileSource)
  static final StructType SCHEMA =
      StructType.fromDDL(${pipeline.schemaJava});
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
