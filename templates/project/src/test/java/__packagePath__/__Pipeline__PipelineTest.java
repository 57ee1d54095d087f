package ${project.package};

#if(!$pipeline.isFileSource)
import static ${project.package}.SparkTestSupport.eventually;
#end
import static ${project.package}.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

#if($pipeline.isSocketSource)
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
#end
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
#if(!$pipeline.isSocketSource)
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
#end
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the job's own source, transformation and writer over the bundled sample. */
class ${pipeline.className}PipelineTest {

  private final ${pipeline.className}Pipeline pipeline = new ${pipeline.className}Pipeline();

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }
#if($pipeline.isFileSource)

  @Test
  void processesTheBundledFilesIntoTheBatchResult(@TempDir Path root) throws Exception {
    ${pipeline.className}TestData.copyInNameOrder(
        ${pipeline.className}TestData.BUNDLED, root.resolve("input").resolve(${pipeline.className}Pipeline.NAME));
#if($pipeline.isJoin)
    ${pipeline.className}TestData.copyInNameOrder(
        ${pipeline.className}TestData.BUNDLED_OTHER,
        root.resolve("input").resolve(${pipeline.className}Pipeline.NAME + "-other"));
#end
    JobConfig config =
        JobConfig.parse(
            "--input-root", root.resolve("input").toString(),
            "--checkpoint-root", root.resolve("checkpoints").toString(),
            "--output-root", root.resolve("output").toString());
    Dataset<Row> result = pipeline.result(spark(), config);

#if($pipeline.isConsoleSink || $pipeline.isForeachSink)
    // What the ${pipeline.sink} sink writes cannot be read back: a collector takes its place.
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query =
        emitted.into(pipeline.writer(result, config)).trigger(Trigger.AvailableNow()).start();
    query.awaitTermination();
    List<Row> actual = ${pipeline.className}TestData.resultSoFar(emitted);
#else
    // The job's own sink; only the trigger differs, so that the run ends.
    StreamingQuery query =
        pipeline.sink(pipeline.writer(result, config), config).trigger(Trigger.AvailableNow()).start();
    query.awaitTermination();
#if($pipeline.isMemorySink)
    List<Row> table = spark().table(${pipeline.className}Pipeline.QUERY_NAME).collectAsList();
#if($pipeline.foldsByKey)
    List<Row> actual = ${pipeline.className}TestData.comparable(
        SparkTestSupport.latestPerKey(table, ${pipeline.className}Transformation.RESULT_KEYS));
#else
    List<Row> actual = ${pipeline.className}TestData.comparable(table);
#end
#else
    List<Row> actual =
        ${pipeline.className}TestData.comparable(
            spark()
                .read()
                .schema(result.schema())
                .format("${pipeline.sinkFormat}")
                .load(config.outputRoot().resolve(${pipeline.className}Pipeline.NAME).toString())
                .collectAsList());
#end
#end

    List<Row> expected =
        ${pipeline.className}TestData.expected(${pipeline.className}TestData.bundledLines());
    assertThat(expected).as("the bundled sample gives a result").isNotEmpty();
#if($pipeline.emitsFinalGroupsOnly)
    assertThat(actual).doesNotHaveDuplicates().isSubsetOf(expected);
#else
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
#end
#if(!$pipeline.hasWatermark)
    assertThat(query.recentProgress())
        .as("micro-batches of at most ${pipeline.maxFilesPerTrigger} file(s)")
        .hasSize((${pipeline.className}TestData.bundledBatches().size() + ${pipeline.maxFilesPerTrigger} - 1) / ${pipeline.maxFilesPerTrigger});
#end
  }
#elseif($pipeline.isRateSource)

  @Test
  void theRateSourceFeedsThePipelineMicroBatchAfterMicroBatch(@TempDir Path root) throws Exception {
    JobConfig config = JobConfig.parse("--checkpoint-root", root.toString());

    // The job's own source, transformation and writer; a collector takes the sink's place.
    Dataset<Row> result = pipeline.result(spark(), config);
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query =
        emitted.into(pipeline.writer(result, config)).trigger(Trigger.ProcessingTime("500 milliseconds")).start();

    eventually(
        () -> {
          assertThat(query.exception().isDefined()).as("query failed").isFalse();
          assertThat(emitted.batches()).as("micro-batches").hasSizeGreaterThan(1);
#if(!$pipeline.emitsFinalGroupsOnly)
          assertThat(${pipeline.className}TestData.resultSoFar(emitted)).as("result rows").isNotEmpty();
#end
        });
  }
#else

  @Test
  void countsTheBundledLinesSentOverARealSocketAfterEveryLine(@TempDir Path root) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(60_000);
      JobConfig config =
          JobConfig.parse(
              "--checkpoint-root", root.toString(),
              "--socket-host", "127.0.0.1",
              "--socket-port", String.valueOf(server.getLocalPort()));

      // The job's own source, transformation and writer; a collector takes the sink's place.
      Dataset<Row> result = pipeline.result(spark(), config);
      BatchCollector emitted = new BatchCollector();
      emitted.into(pipeline.writer(result, config)).start();

      try (Socket spark = server.accept();
          PrintWriter out =
              new PrintWriter(spark.getOutputStream(), true, StandardCharsets.UTF_8)) {
        List<String> sent = new ArrayList<>();
        for (String line : ${pipeline.className}TestData.bundledLines()) {
          out.println(line);
          sent.add(line);
          List<Row> expected = ${pipeline.className}TestData.expected(sent);

#if($pipeline.emitsFinalGroupsOnly)
          // Rows become final only as the watermark passes them: a subset, never a wrong row.
          eventually(
              () ->
                  assertThat(${pipeline.className}TestData.resultSoFar(emitted))
                      .as("result after %d lines", sent.size())
                      .doesNotHaveDuplicates()
                      .isSubsetOf(expected));
#else
          eventually(
              () ->
                  assertThat(${pipeline.className}TestData.resultSoFar(emitted))
                      .as("result after %d lines", sent.size())
                      .containsExactlyInAnyOrderElementsOf(expected));
#end
        }
      }
    }
  }
#end
}
