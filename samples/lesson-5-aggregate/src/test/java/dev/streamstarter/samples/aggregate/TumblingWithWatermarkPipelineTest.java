package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the job's own source, transformation and writer over the bundled sample. */
class TumblingWithWatermarkPipelineTest {

  private final TumblingWithWatermarkPipeline pipeline = new TumblingWithWatermarkPipeline();

  /** A micro-batch as soon as input arrives; runToTheEnd hands the files over one at a time. */
  private static final Trigger TRIGGER = Trigger.ProcessingTime(0);

  private Path inputDir;

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void processesTheBundledRecordsIntoTheBatchResult(@TempDir Path root) throws Exception {
    inputDir = Files.createDirectories(root.resolve("input").resolve(TumblingWithWatermarkPipeline.NAME));
    JobConfig config =
        JobConfig.parse(
            "--input-root", root.resolve("input").toString(),
            "--checkpoint-root", root.resolve("checkpoints").toString(),
            "--output-root", root.resolve("output").toString());
    Dataset<Row> result = pipeline.result(spark(), config);

    // What the console sink writes cannot be read back: a collector takes its place.
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query =
        emitted.into(pipeline.writer(result, config)).trigger(TRIGGER).start();
    runToTheEnd(query);
    List<Row> actual = TumblingWithWatermarkTestData.resultSoFar(emitted);

    List<Row> expected =
        TumblingWithWatermarkTestData.expectedAfter(TumblingWithWatermarkTestData.bundledBatches());
    assertThat(expected).as("the bundled sample gives a result").isNotEmpty();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(Arrays.stream(query.recentProgress()).filter(progress -> progress.numInputRows() > 0))
        .as("micro-batches that read input: one per file")
        .hasSize(TumblingWithWatermarkTestData.bundledBatches().size());
  }

  /**
   * Moves the bundled files into the input folder one at a time, in name order, each processed
   * with the batch without new data after it (as the job's file feeding does), then stops.
   */
  private void runToTheEnd(StreamingQuery query) throws Exception {
    try (Stream<Path> files = Files.list(TumblingWithWatermarkTestData.BUNDLED)) {
      for (Path file : files.sorted().toList()) {
        TumblingWithWatermarkTestData.handOver(file, inputDir);
        query.processAllAvailable();
      }
    }
    query.stop();
  }
}
