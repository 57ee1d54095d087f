package ${project.package};

## Each source, pattern and sink kind fills the slots of this test from its folder
## (kinds/<axis>/<kind>/parts/pipeline-test/<slot>.vm); see templates/README.md.
#set($pipelineTestImports = ["static ${project.package}.SparkTestSupport.spark", "static org.assertj.core.api.Assertions.assertThat", "java.nio.file.Path", "java.util.List", "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row", "org.junit.jupiter.api.AfterEach", "org.junit.jupiter.api.Test", "org.junit.jupiter.api.io.TempDir"])
#imports("pipeline-test", $pipelineTestImports)

/** End to end: the job's own source, transformation and writer over the bundled sample. */
class ${pipeline.className}PipelineTest {

  private final ${pipeline.className}Pipeline pipeline = new ${pipeline.className}Pipeline();
#part("pipeline-test/constants")

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }
## Sources without bundled records to replay (rate, socket) bring a test of their own.
#if($pipeline.parts.has("pipeline-test/test"))
#part("pipeline-test/test")
#else

  @Test
  void processesTheBundledRecordsIntoTheBatchResult(@TempDir Path root) throws Exception {
#part("pipeline-test/input")
#if($pipeline.usesServices)
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input-root", root.resolve("input").toString(),
                "--checkpoint-root", root.resolve("checkpoints").toString(),
                "--output-root", root.resolve("output").toString()));
    args.addAll(LocalServices.jobArgs());
    JobConfig config = JobConfig.parse(args.toArray(String[]::new));
#else
    JobConfig config =
        JobConfig.parse(
            "--input-root", root.resolve("input").toString(),
            "--checkpoint-root", root.resolve("checkpoints").toString(),
            "--output-root", root.resolve("output").toString());
#end
#part("pipeline-test/setup")
    Dataset<Row> result = pipeline.result(spark(), config);

## A sink whose output the test can read back says how (its actual part); the others' is collected.
#if($pipeline.parts.has("pipeline-test/actual"))
    // The job's own sink; only the trigger differs, so that the run ends.
    StreamingQuery query =
        pipeline
            .sink(pipeline.writer(pipeline.records(result), config), config)
            .trigger(TRIGGER)
            .start();
    runToTheEnd(query);
#part("pipeline-test/actual")
#else
    // What the ${pipeline.sink} sink writes cannot be read back: a collector takes its place.
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query =
        emitted.into(pipeline.writer(result, config)).trigger(TRIGGER).start();
    runToTheEnd(query);
    List<Row> actual = ${pipeline.className}TestData.resultSoFar(emitted);
#end
#if($pipeline.parts.has("pipeline-test/check"))
#part("pipeline-test/check")
#else

#if($pipeline.parts.has("pipeline-test/expected"))
#part("pipeline-test/expected")
#else
    List<Row> expected =
        ${pipeline.className}TestData.expectedAfter(${pipeline.className}TestData.bundledBatches());
#end
    assertThat(expected).as("the bundled sample gives a result").isNotEmpty();
#if($pipeline.emitsFinalGroupsOnly)
    assertThat(actual).doesNotHaveDuplicates().isSubsetOf(expected);
#elseif($pipeline.parts.has("pipeline-test/assert"))
#part("pipeline-test/assert")
#else
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
#end
#end
#part("pipeline-test/progress")
  }
#part("pipeline-test/run")
#end
}
