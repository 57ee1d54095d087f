package ${project.package};

import static ${project.package}.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
#if($pipeline.shiftsEventTime)
import java.time.Duration;
#end
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

/** A restart resumes from the checkpoint: nothing is processed twice, new files are picked up. */
class ${pipeline.className}RestartTest {

  @TempDir Path root;

  private final ${pipeline.className}Pipeline pipeline = new ${pipeline.className}Pipeline();
  private final BatchCollector emitted = new BatchCollector();
  private Path inputDir;
  private JobConfig config;

  @BeforeEach
  void copyBundledData() throws IOException {
    inputDir = root.resolve("input").resolve(${pipeline.className}Pipeline.NAME);
    ${pipeline.className}TestData.copyInNameOrder(${pipeline.className}TestData.BUNDLED, inputDir);
#if($pipeline.isJoin)
    ${pipeline.className}TestData.copyInNameOrder(
        ${pipeline.className}TestData.BUNDLED_OTHER,
        root.resolve("input").resolve(${pipeline.className}Pipeline.NAME + "-other"));
#end
    config =
        JobConfig.parse(
            "--input-root", root.resolve("input").toString(),
            "--output-root", root.resolve("output").toString(),
            "--checkpoint-root", root.resolve("checkpoints").toString());
  }

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void aRestartWithNoNewFilesReadsNothing() throws Exception {
    assertThat(batchesWithInput(runToEnd())).as("micro-batches of the first run").isPositive();

    assertThat(batchesWithInput(runToEnd())).as("micro-batches that read input after the restart").isZero();
  }

  @Test
  void aRestartReadsOnlyTheNewFileAndTheResultCoversEveryFile() throws Exception {
    runToEnd();
    List<String> lines = new ArrayList<>(${pipeline.className}TestData.bundledLines());
    Path first; // the new file is named after it, so that it is read last
    try (Stream<Path> files = Files.list(inputDir)) {
      first = files.sorted().findFirst().orElseThrow();
    }
    String name = first.getFileName().toString();
#if($pipeline.shiftsEventTime)
    // Newer events than any before, so that the watermark does not drop them as late.
    List<String> added =
        ${pipeline.className}TestData.shifted(
            ${pipeline.className}TestData.bundledBatches().get(0), Duration.ofSeconds(${pipeline.lateShiftSeconds}));
#else
    List<String> added = ${pipeline.className}TestData.bundledBatches().get(0);
#end
    Files.write(
        inputDir.resolve("part-9999" + name.substring(name.lastIndexOf('.'))),
        ${pipeline.className}TestData.fileContent(added));
    lines.addAll(added);

    StreamingQuery restarted = runToEnd();

    List<Row> expected = ${pipeline.className}TestData.expected(lines);
    assertThat(batchesWithInput(restarted)).as("micro-batches that read input after the restart").isEqualTo(1);
#if($pipeline.emitsFinalGroupsOnly)
    assertThat(${pipeline.className}TestData.resultSoFar(emitted)).doesNotHaveDuplicates().isSubsetOf(expected);
#else
    assertThat(${pipeline.className}TestData.resultSoFar(emitted))
        .containsExactlyInAnyOrderElementsOf(expected);
#end
  }

  /** Runs the job's source, transformation and writer until the input is used up. */
  private StreamingQuery runToEnd() throws Exception {
    Dataset<Row> result = pipeline.result(spark(), config);
    StreamingQuery query =
        emitted.into(pipeline.writer(result, config)).trigger(Trigger.AvailableNow()).start();
    query.awaitTermination();
    return query;
  }

  private static long batchesWithInput(StreamingQuery query) {
    return Arrays.stream(query.recentProgress()).filter(progress -> progress.numInputRows() > 0).count();
  }
}
