package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart resumes from the checkpoint: nothing is processed twice, new files are picked up.
 * Files arrive one at a time, each processed with the batch without new data after it, as the
 * job's file feeding delivers them.
 */
class SlidingCountRestartTest {

  @TempDir Path root;

  private final SlidingCountPipeline pipeline = new SlidingCountPipeline();
  private final BatchCollector emitted = new BatchCollector();
  private JobConfig config;

  @BeforeEach
  void prepareInput() throws IOException {
    config = runIn(root);
  }

  /** The settings of a run below a folder, its input folder made (and the other side copied). */
  private static JobConfig runIn(Path folder) throws IOException {
    Files.createDirectories(folder.resolve("input").resolve(SlidingCountPipeline.NAME));
    return JobConfig.parse(
        "--input-root", folder.resolve("input").toString(),
        "--output-root", folder.resolve("output").toString(),
        "--checkpoint-root", folder.resolve("checkpoints").toString());
  }

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  // One test, since each restart needs the first run before it: the run takes most of its time.
  @Test
  void restartsReadOnlyNewFilesAndTheResultCoversEveryFile() throws Exception {
    assertThat(batchesWithInput(runFeeding(config, emitted, bundledFiles())))
        .as("micro-batches of the first run")
        .isPositive();

    assertThat(batchesWithInput(runFeeding(config, emitted, List.of())))
        .as("micro-batches that read input after a restart without new files")
        .isZero();

    // The new file is named after the first, so that it is read last.
    String name = bundledFiles().get(0).getFileName().toString();
    List<String> added = SlidingCountTestData.bundledBatches().get(0);
    Path newFile =
        Files.write(
            root.resolve("part-9999" + name.substring(name.lastIndexOf('.'))),
            SlidingCountTestData.fileContent(added));

    StreamingQuery restarted = runFeeding(config, emitted, List.of(newFile));

    assertThat(batchesWithInput(restarted)).as("micro-batches that read input after a restart with a new file").isEqualTo(1);
    List<List<String>> batches = new ArrayList<>(SlidingCountTestData.bundledBatches());
    batches.add(added);
    List<Row> expected = SlidingCountTestData.expectedAfter(batches);
    assertThat(SlidingCountTestData.resultSoFar(emitted))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * Runs the job's source, transformation and writer on its checkpoint, moves the given files
   * into the input folder one at a time, each processed before the next, then stops.
   */
  private StreamingQuery runFeeding(JobConfig config, BatchCollector into, List<Path> files)
      throws Exception {
    Path inputDir = config.inputRoot().resolve(SlidingCountPipeline.NAME);
    Dataset<Row> result = pipeline.result(spark(), config);
    StreamingQuery query =
        into.into(pipeline.writer(result, config)).trigger(Trigger.ProcessingTime(0)).start();
    query.processAllAvailable(); // what a restart finds in the input folder
    for (Path file : files) {
      SlidingCountTestData.handOver(file, inputDir);
      query.processAllAvailable(); // its batch, and the one without new data that moves the watermark
    }
    query.stop();
    return query;
  }

  private static List<Path> bundledFiles() throws IOException {
    try (Stream<Path> files = Files.list(SlidingCountTestData.BUNDLED)) {
      return files.sorted().toList();
    }
  }

  private static long batchesWithInput(StreamingQuery query) {
    return Arrays.stream(query.recentProgress()).filter(progress -> progress.numInputRows() > 0).count();
  }
}
