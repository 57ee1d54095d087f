package dev.streamstarter.samples.questions;

import static dev.streamstarter.samples.questions.SparkTestSupport.seq;
import static dev.streamstarter.samples.questions.SparkTestSupport.spark;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.streaming.MemoryStream;
import org.apache.spark.sql.execution.streaming.StreamingQueryWrapper;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;

/**
 * Answers to the questions people ask about streaming queries, each an executable check: it
 * fails if Spark behaves otherwise.
 */
class StreamingFaqTest {

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  /** How do I see the plan of a streaming query? Let it process what is there, then explain it. */
  @Test
  void thePlanOfCountsKeptForeverShowsTheOperatorThatKeepsItsState(@TempDir Path checkpoints)
      throws Exception {
    CountsKeptForeverPipeline pipeline = new CountsKeptForeverPipeline();
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    JobConfig config = JobConfig.parse("--checkpoint-root", checkpoints.toString());
    Dataset<Row> result = pipeline.transform(CountsKeptForeverTestData.parse(input.toDS()));
    StreamingQuery query = new BatchCollector().into(pipeline.writer(result, config)).start();
    input.addData(seq(CountsKeptForeverTestData.bundledBatches().get(0)));
    query.processAllAvailable();

    query.explain(); // prints the plan of the last micro-batch
    String plan =
        ((StreamingQueryWrapper) query).streamingQuery().lastExecution().executedPlan().toString();

    assertThat(plan).as("the physical plan").contains("StateStoreSave");
  }

  /** How do I see the plan of a streaming query? Let it process what is there, then explain it. */
  @Test
  void thePlanOfCountsWithWatermarkShowsTheOperatorThatKeepsItsState(@TempDir Path checkpoints)
      throws Exception {
    CountsWithWatermarkPipeline pipeline = new CountsWithWatermarkPipeline();
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    JobConfig config = JobConfig.parse("--checkpoint-root", checkpoints.toString());
    Dataset<Row> result = pipeline.transform(CountsWithWatermarkTestData.parse(input.toDS()));
    StreamingQuery query = new BatchCollector().into(pipeline.writer(result, config)).start();
    input.addData(seq(CountsWithWatermarkTestData.bundledBatches().get(0)));
    query.processAllAvailable();

    query.explain(); // prints the plan of the last micro-batch
    String plan =
        ((StreamingQueryWrapper) query).streamingQuery().lastExecution().executedPlan().toString();

    assertThat(plan).as("the physical plan").contains("StateStoreSave");
  }

  /** Why does the console stay quiet between inputs? A trigger without new data runs no batch. */
  @Test
  void aTriggerWithoutNewDataRunsNoMicroBatch(@TempDir Path checkpoint) throws Exception {
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query =
        emitted
            .into(input.toDF().writeStream().option("checkpointLocation", checkpoint.toString()))
            .trigger(Trigger.ProcessingTime("100 milliseconds"))
            .start();
    input.addData(seq(List.of("one line", "another")));
    query.processAllAvailable();

    Thread.sleep(500); // some five triggers, none with new data
    query.processAllAvailable();

    assertThat(emitted.batches()).as("micro-batches").hasSize(1);
  }

  /** Why does a streaming file source need a schema? Spark cannot infer it from files yet to come. */
  @Test
  void aStreamingFileSourceNeedsASchema(@TempDir Path folder) {
    assertThatThrownBy(() -> spark().readStream().json(folder.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Schema must be specified");
  }

  /** Why must the source path be a folder? The file source lists a folder for the files that arrive. */
  @Test
  void theSourcePathMustBeAFolder(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("events.json"), "{\"a\": 1}\n");
    StreamingQuery query =
        spark()
            .readStream()
            .schema("a INT")
            .json(file.toString())
            .writeStream()
            .format("noop")
            .option("checkpointLocation", folder.resolve("checkpoint").toString())
            .start();

    assertThatThrownBy(query::processAllAvailable)
        .isInstanceOf(StreamingQueryException.class)
        .hasMessageContaining("must be a directory");
  }

  /** Why does an aggregation fail in append mode? Without a watermark no group is ever final. */
  @Test
  void anAggregationInAppendModeNeedsAWatermark() {
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    Dataset<Row> counts = input.toDF().groupBy("value").count();

    assertThatThrownBy(() -> counts.writeStream().outputMode("append").format("noop").start())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("Append output mode not supported");
  }

  /** Why can I not sort a stream? Only an aggregated result, whole in complete mode, has an order. */
  @Test
  void aStreamSortsOnlyAnAggregationInCompleteMode() {
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());

    assertThatThrownBy(() -> input.toDF().orderBy("value").writeStream().format("noop").start())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("Sorting is not supported");
  }

  /**
   * Why do rows with equal sort keys come in another order each run? They leave the shuffle in
   * the order its tasks finish; only a unique tie-breaker fixes their order.
   */
  @Test
  void equalSortKeysNeedATieBreakerForAnOrderThatHolds() {
    Dataset<Row> rows = spark().range(0, 1_000).selectExpr("id % 3 AS key", "id");

    List<Row> fromTwoPartitions = rows.repartition(2).orderBy("key", "id").collectAsList();
    List<Row> fromSevenPartitions = rows.repartition(7).orderBy("key", "id").collectAsList();

    assertThat(fromTwoPartitions).as("sorted with a tie-breaker").isEqualTo(fromSevenPartitions);
    assertThat(rows.repartition(7).orderBy("key").collectAsList())
        .as("sorted by the key alone")
        .extracting(row -> row.getLong(0))
        .isSorted();
  }

  /**
   * What happens without a watermark? Every window stays in state for ever, and memory grows with
   * them; a watermark drops windows too old to change, so state stays bounded.
   */
  @Test
  void withoutAWatermarkStateKeepsEveryWindowWithOneItStaysBounded(@TempDir Path checkpoints)
      throws Exception {
    assertThat(stateRowsAfterFiveMinutes(null, checkpoints.resolve("without")))
        .as("windows in state without a watermark")
        .isEqualTo(5);
    assertThat(stateRowsAfterFiveMinutes("1 minute", checkpoints.resolve("with")))
        .as("windows in state with a watermark of 1 minute")
        .isEqualTo(2);
  }

  /** Counts per minute over one event a minute for five minutes; the state rows at the end. */
  private static long stateRowsAfterFiveMinutes(String watermark, Path checkpoint) throws Exception {
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    Dataset<Row> events = input.toDF().select(col("value").cast("timestamp").as("ts"));
    if (watermark != null) {
      events = events.withWatermark("ts", watermark);
    }
    StreamingQuery query =
        events
            .groupBy(window(col("ts"), "1 minute"))
            .count()
            .writeStream()
            .outputMode("update")
            .format("noop")
            .option("checkpointLocation", checkpoint.toString())
            .start();
    for (int minute = 0; minute < 5; minute++) {
      input.addData(seq(List.of(String.format("2026-01-01 09:%02d:30", minute))));
      query.processAllAvailable(); // with a watermark, also the batch that drops old windows
    }
    long rows = query.lastProgress().stateOperators()[0].numRowsTotal();
    query.stop();
    return rows;
  }
}
