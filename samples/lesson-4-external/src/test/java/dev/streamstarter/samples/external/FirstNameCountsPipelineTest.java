package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.SparkTestSupport.eventually;
import static dev.streamstarter.samples.external.SparkTestSupport.spark;
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
class FirstNameCountsPipelineTest {

  private final FirstNameCountsPipeline pipeline = new FirstNameCountsPipeline();

  /** Keeps reading, so that records written after the start (offsets earliest) count. */
  private static final Trigger TRIGGER = Trigger.ProcessingTime("200 milliseconds");

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void processesTheBundledRecordsIntoTheBatchResult(@TempDir Path root) throws Exception {
    // A real Kafka broker; the bundled records go to the source topic once the query reads it.
    LocalServices.kafka().ensureTopic(FirstNameCountsPipeline.SOURCE_TOPIC, 1);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input-root", root.resolve("input").toString(),
                "--checkpoint-root", root.resolve("checkpoints").toString(),
                "--output-root", root.resolve("output").toString()));
    args.addAll(LocalServices.jobArgs());
    JobConfig config = JobConfig.parse(args.toArray(String[]::new));
    Dataset<Row> result = pipeline.result(spark(), config);

    // The job's own sink; only the trigger differs, so that the run ends.
    StreamingQuery query =
        pipeline
            .sink(pipeline.writer(pipeline.records(result), config), config)
            .trigger(TRIGGER)
            .start();
    runToTheEnd(query);
    List<Row> table = spark().table(FirstNameCountsPipeline.QUERY_NAME).collectAsList();
    List<Row> actual = FirstNameCountsTestData.comparable(table);

    List<Row> expected =
        FirstNameCountsTestData.expectedAfter(FirstNameCountsTestData.bundledBatches());
    assertThat(expected).as("the bundled sample gives a result").isNotEmpty();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
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
        .send(FirstNameCountsPipeline.SOURCE_TOPIC, FirstNameCountsTestData.bundledLines());
    query.processAllAvailable();
    query.stop();
  }
}
