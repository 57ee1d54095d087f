package dev.streamstarter.samples.questions;

import static dev.streamstarter.samples.questions.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job feeds input files in name order, one per micro-batch, whatever their modification times. */
class FileFeederTest {

  private static final String NAME = "feeder-test";

  @TempDir Path root;

  private final BatchCollector emitted = new BatchCollector();
  private JobConfig config;

  @BeforeEach
  void writeFilesNewestFirst() throws IOException {
    Path input = Files.createDirectories(root.resolve("input").resolve(NAME));
    long modified = System.currentTimeMillis();
    // a is the newest file and c the oldest: Spark alone would read c, b, a.
    for (String name : List.of("a", "b", "c")) {
      Path file = Files.writeString(input.resolve(name + ".txt"), name + "\n");
      Files.setLastModifiedTime(file, FileTime.fromMillis(modified -= 60_000));
    }
    config =
        JobConfig.parse(
            "--input-root", root.resolve("input").toString(),
            "--checkpoint-root", root.resolve("checkpoints").toString());
  }

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void feedsOneFilePerMicroBatchInNameOrder() throws Exception {
    runUntilFed(new LinePipeline(Trigger.ProcessingTime("100 milliseconds")), true);

    assertThat(linesByBatch()).containsExactly(List.of("a"), List.of("b"), List.of("c"));
  }

  @Test
  void aRestartFeedsOnlyTheFilesNotFedBefore() throws Exception {
    runUntilFed(new LinePipeline(Trigger.ProcessingTime("100 milliseconds")), true);
    SparkTestSupport.stopActiveQueries();
    Files.writeString(root.resolve("input").resolve(NAME).resolve("d.txt"), "d\n");

    runUntilFed(new LinePipeline(Trigger.ProcessingTime("100 milliseconds")), true);

    assertThat(linesByBatch())
        .as("each file once, the new one after the restart")
        .containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
  }

  @Test
  void anAvailableNowQueryGetsEveryFileBeforeItStartsStillInNameOrder() throws Exception {
    runUntilFed(new LinePipeline(Trigger.AvailableNow()), false);

    assertThat(linesByBatch()).containsExactly(List.of("a"), List.of("b"), List.of("c"));
  }

  private void runUntilFed(Pipeline pipeline, boolean stepwise) throws Exception {
    FileFeeder feeder =
        FileFeeder.start(
            spark(), pipeline, new FileFeeder.Feed(List.of(NAME), List.of(), stepwise, true), config);
    feeder.awaitFed();
    feeder.query().processAllAvailable();
  }

  /** The lines each micro-batch with input read, in batch order. */
  private List<List<String>> linesByBatch() {
    return emitted.batches().values().stream()
        .filter(rows -> !rows.isEmpty())
        .map(rows -> rows.stream().map(row -> row.getString(0)).collect(Collectors.toList()))
        .toList();
  }

  /** Reads text files one per micro-batch, as the job's file pipelines do. */
  private final class LinePipeline implements Pipeline {

    private final Trigger trigger;

    LinePipeline(Trigger trigger) {
      this.trigger = trigger;
    }

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String queryName() {
      return NAME;
    }

    @Override
    public Dataset<Row> result(SparkSession spark, JobConfig config) {
      return spark
          .readStream()
          .option("maxFilesPerTrigger", 1)
          .text(config.inputRoot().resolve(NAME).toString());
    }

    @Override
    public DataStreamWriter<Row> writer(Dataset<Row> result, JobConfig config) {
      return result
          .writeStream()
          .option("checkpointLocation", config.checkpointRoot().resolve(NAME).toString());
    }

    @Override
    public DataStreamWriter<Row> sink(DataStreamWriter<Row> writer, JobConfig config) {
      return emitted.into(writer).trigger(trigger);
    }
  }
}
