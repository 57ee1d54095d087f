package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.SparkTestSupport.eventually;
import static dev.streamstarter.samples.aggregate.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the job's own source, transformation and writer over the bundled sample. */
class KafkaWatermarkPipelineTest {

  private final KafkaWatermarkPipeline pipeline = new KafkaWatermarkPipeline();

  /** Keeps reading, so that records written after the start (offsets earliest) count. */
  private static final Trigger TRIGGER = Trigger.ProcessingTime("200 milliseconds");

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void processesTheBundledRecordsIntoTheBatchResult(@TempDir Path root) throws Exception {
    // A real Kafka broker; the bundled records go to the source topic once the query reads it.
    LocalServices.kafka().ensureTopic(KafkaWatermarkPipeline.SOURCE_TOPIC, 1);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input-root", root.resolve("input").toString(),
                "--checkpoint-root", root.resolve("checkpoints").toString(),
                "--output-root", root.resolve("output").toString()));
    args.addAll(LocalServices.jobArgs());
    JobConfig config = JobConfig.parse(args.toArray(String[]::new));
    Dataset<Row> result = pipeline.result(spark(), config);

    // What the console sink writes cannot be read back: a collector takes its place.
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query =
        emitted.into(pipeline.writer(result, config)).trigger(TRIGGER).start();
    runToTheEnd(query);
    List<Row> actual = KafkaWatermarkTestData.resultSoFar(emitted);

    List<Row> expected =
        KafkaWatermarkTestData.expectedAfter(KafkaWatermarkTestData.bundledBatches());
    assertThat(expected).as("the bundled sample gives a result").isNotEmpty();
    assertThat(actual).doesNotHaveDuplicates().isSubsetOf(expected);
  }

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
        .send(KafkaWatermarkPipeline.SOURCE_TOPIC, KafkaWatermarkTestData.bundledLines());
    query.processAllAvailable();
    query.stop();
  }
}
