package ${project.package};

#if(!$pipeline.isFileSource)
import static ${project.package}.SparkTestSupport.eventually;
#end
import static ${project.package}.SparkTestSupport.spark;
#if($pipeline.isKafkaSink)
import static org.apache.spark.sql.functions.col;
#end
import static org.assertj.core.api.Assertions.assertThat;

#if($pipeline.isSocketSource)
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
#end
import java.nio.file.Path;
#if($pipeline.isSocketSource || $pipeline.usesServices)
import java.util.ArrayList;
#end
import java.util.List;
#if($pipeline.isJdbcSink)
import java.util.Properties;
#end
import org.apache.spark.sql.Dataset;
#if($pipeline.isKafkaSink)
import org.apache.spark.sql.Encoders;
#end
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
#if($pipeline.isFileSource)

  /** Reads all input there is, then ends. */
  private static final Trigger TRIGGER = Trigger.AvailableNow();
#elseif($pipeline.isKafkaSource)

  /** Keeps reading, so that records written after the start (offsets ${pipeline.startingOffsets}) count. */
  private static final Trigger TRIGGER = Trigger.ProcessingTime("200 milliseconds");
#end

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }
#if($pipeline.hasSampleRecords)

  @Test
  void processesTheBundledRecordsIntoTheBatchResult(@TempDir Path root) throws Exception {
#if($pipeline.isFileSource)
    ${pipeline.className}TestData.copyInNameOrder(
        ${pipeline.className}TestData.BUNDLED, root.resolve("input").resolve(${pipeline.className}Pipeline.NAME));
#else
    // A real Kafka broker; the bundled records go to the source topic once the query reads it.
    LocalServices.kafka().ensureTopic(${pipeline.className}Pipeline.SOURCE_TOPIC, 1);
#end
#if($pipeline.isJoin)
    ${pipeline.className}TestData.copyInNameOrder(
        ${pipeline.className}TestData.BUNDLED_OTHER,
        root.resolve("input").resolve(${pipeline.className}Pipeline.NAME + "-other"));
#end
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
#if($pipeline.isJdbcSink)
    LocalServices.database().execute("DROP TABLE IF EXISTS " + SqlStatements.quote(${pipeline.className}Pipeline.TABLE));
#end
    Dataset<Row> result = pipeline.result(spark(), config);

#if($pipeline.isConsoleSink || $pipeline.isForeachSink)
    // What the ${pipeline.sink} sink writes cannot be read back: a collector takes its place.
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query =
        emitted.into(pipeline.writer(result, config)).trigger(TRIGGER).start();
    runToTheEnd(query);
    List<Row> actual = ${pipeline.className}TestData.resultSoFar(emitted);
#else
    // The job's own sink; only the trigger differs, so that the run ends.
    StreamingQuery query =
        pipeline
            .sink(pipeline.writer(pipeline.records(result), config), config)
            .trigger(TRIGGER)
            .start();
    runToTheEnd(query);
#if($pipeline.isMemorySink)
    List<Row> table = spark().table(${pipeline.className}Pipeline.QUERY_NAME).collectAsList();
#if($pipeline.foldsByKey)
    List<Row> actual = ${pipeline.className}TestData.comparable(
        SparkTestSupport.latestPerKey(table, ${pipeline.className}Transformation.RESULT_KEYS));
#else
    List<Row> actual = ${pipeline.className}TestData.comparable(table);
#end
#elseif($pipeline.isKafkaSink)
    // The records the sink wrote to a real topic, against the batch result as the same records.
    List<String> written = LocalServices.kafka().read(${pipeline.className}Pipeline.SINK_TOPIC);
    List<String> records =
        pipeline
            .records(${pipeline.className}TestData.result(${pipeline.className}TestData.bundledLines()))
            .select(col("value").cast("string"))
            .as(Encoders.STRING())
            .collectAsList();
    assertThat(records).as("the bundled sample gives a result").isNotEmpty();
#if($pipeline.comparesKeysOnly)
    // Which duplicate survives depends on arrival order: one record per key.
    assertThat(written).hasSameSizeAs(records);
#elseif($pipeline.emitsFinalGroupsOnly)
    // Rows become final only as the watermark passes them: a subset, never a wrong record.
    assertThat(written).doesNotHaveDuplicates().isSubsetOf(records);
#elseif($pipeline.foldsByKey || $pipeline.keepsLastBatch)
    // Earlier batches wrote earlier versions of some rows too; the final ones must all be there.
    assertThat(written).containsAll(records);
#else
    assertThat(written).containsExactlyInAnyOrderElementsOf(records);
#end
#elseif($pipeline.isJdbcSink)
    // The rows of the real table: one per key, replaced by each later version.
    Properties user = new Properties();
    user.setProperty("user", config.jdbcUser());
    user.setProperty("password", config.jdbcPassword());
#if($pipeline.hasGivenUpsertKeys)
    List<Row> actual =
        spark()
            .read()
            .jdbc(config.jdbcUrl(), SqlStatements.quote(${pipeline.className}Pipeline.TABLE), user)
            .collectAsList();
#else
    List<Row> actual =
        ${pipeline.className}TestData.comparable(
            spark()
                .read()
                .jdbc(config.jdbcUrl(), SqlStatements.quote(${pipeline.className}Pipeline.TABLE), user)
                .collectAsList());
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
#if(!$pipeline.isKafkaSink)

#if($pipeline.isJdbcSink && $pipeline.hasGivenUpsertKeys)
    // The upsert keys were given, not the pattern's: they need not identify result rows.
    List<Row> expected =
        JdbcUpsertSink.flatten(${pipeline.className}TestData.result(${pipeline.className}TestData.bundledLines()))
            .collectAsList();
#elseif($pipeline.isJdbcSink)
    List<Row> expected =
        ${pipeline.className}TestData.comparable(
            JdbcUpsertSink.flatten(${pipeline.className}TestData.result(${pipeline.className}TestData.bundledLines()))
                .collectAsList());
#else
    List<Row> expected =
        ${pipeline.className}TestData.expected(${pipeline.className}TestData.bundledLines());
#end
    assertThat(expected).as("the bundled sample gives a result").isNotEmpty();
#if($pipeline.isJdbcSink && $pipeline.hasGivenUpsertKeys && $pipeline.emitsFinalGroupsOnly)
    assertThat(actual).doesNotHaveDuplicates().isSubsetOf(expected);
#elseif($pipeline.isJdbcSink && $pipeline.hasGivenUpsertKeys)
    UpsertedRows.assertHoldsEveryKeyOf(actual, expected, ${pipeline.className}Pipeline.UPSERT_KEYS);
#elseif($pipeline.emitsFinalGroupsOnly)
    assertThat(actual).doesNotHaveDuplicates().isSubsetOf(expected);
#else
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
#end
#end
#if(!$pipeline.hasWatermark && $pipeline.isFileSource)
    assertThat(query.recentProgress())
        .as("micro-batches of at most ${pipeline.maxFilesPerTrigger} file(s)")
        .hasSize((${pipeline.className}TestData.bundledBatches().size() + ${pipeline.maxFilesPerTrigger} - 1) / ${pipeline.maxFilesPerTrigger});
#end
  }
#if($pipeline.isFileSource)

  private static void runToTheEnd(StreamingQuery query) throws Exception {
    query.awaitTermination();
  }
#else

  /**
   * Writes the bundled records once the query has fixed where it starts reading (with offsets
   * latest, records written before that would never be read), then waits until it processed them.
   * Both statuses come only after a first trigger, which fixes the starting offsets.
   */
  private static void runToTheEnd(StreamingQuery query) throws Exception {
    eventually(
        () ->
            assertThat(query.status().message())
                .as("query status")
                .isIn("Waiting for data to arrive", "Waiting for next trigger"));
    LocalServices.kafka()
        .send(${pipeline.className}Pipeline.SOURCE_TOPIC, ${pipeline.className}TestData.bundledLines());
    query.processAllAvailable();
    query.stop();
  }
#end
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
