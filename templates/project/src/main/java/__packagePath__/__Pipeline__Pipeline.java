package ${project.package};

## Each source, pattern and sink kind fills the slots of this class from its folder
## (kinds/<axis>/<kind>/parts/pipeline/<slot>.vm); see templates/README.md.
#set($needs = $pipeline.usesCheckpoint || $pipeline.parts.has("pipeline/needs"))
#set($pipelineImports = ["org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row", "org.apache.spark.sql.SparkSession", "org.apache.spark.sql.streaming.DataStreamWriter", "org.apache.spark.sql.streaming.OutputMode", "org.apache.spark.sql.streaming.Trigger"])
#if($needs || $pipeline.keepsDeadLetters)#set($added = $pipelineImports.addAll(["java.util.ArrayList", "java.util.List"]))#end
#if($pipeline.keepsDeadLetters)#set($added = $pipelineImports.addAll(["java.util.concurrent.TimeoutException", "org.apache.spark.sql.streaming.StreamingQuery"]))#end
#imports("pipeline", $pipelineImports)

/** The ${pipeline.name} pipeline: ${pipeline.source} source, ${pipeline.pattern}, ${pipeline.sink} sink. */
public final class ${pipeline.className}Pipeline implements Pipeline {

  static final String NAME = "${pipeline.name}";
  static final String QUERY_NAME = "${pipeline.queryName}";
#part("pipeline/constants")

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String queryName() {
    return QUERY_NAME;
  }
#if($needs)

  @Override
  public List<Preflight.Need> needs(JobConfig config) {
    List<Preflight.Need> needs = new ArrayList<>();
#if($pipeline.usesCheckpoint)
    needs.add(new Preflight.WritableFolder("--checkpoint-root", config.checkpointRoot()));
#end
#part("pipeline/needs")
    return needs;
  }
#end
#part("pipeline/settings")

  @Override
  public Dataset<Row> result(SparkSession spark, JobConfig config) {
#if($pipeline.parts.has("pipeline/result"))
#part("pipeline/result")
#else
    return transform(read(spark, config));
#end
  }

  /** Source: the unbounded input table. */
  public Dataset<Row> read(SparkSession spark, JobConfig config) {
#part("pipeline/read")
  }
#part("pipeline/methods")
#if($pipeline.keepsDeadLetters)

  @Override
  public List<StreamingQuery> startDeadLetters(SparkSession spark, JobConfig config)
      throws TimeoutException {
    List<StreamingQuery> queries = new ArrayList<>();
#part("pipeline/dead-letters")
    return queries;
  }
#end

#if($pipeline.parts.has("pipeline/transform"))
#part("pipeline/transform")
#else

  /** Transformation: the result table computed from the input table. */
  public Dataset<Row> transform(Dataset<Row> input) {
    return ${pipeline.className}Transformation.apply(input);
  }
#end

#part("pipeline/records")
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
#part("pipeline/sink")
        .trigger(${pipeline.triggerJava});
  }
}
