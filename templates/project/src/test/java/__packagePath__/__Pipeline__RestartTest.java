package ${project.package};

import static ${project.package}.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
    inputDir = Files.createDirectories(root.resolve("input").resolve(${pipeline.className}Pipeline.NAME));
    try (Stream<Path> files = Files.list(${pipeline.className}TestData.BUNDLED)) {
      for (Path file : files.toList()) {
        Files.copy(file, inputDir.resolve(file.getFileName()));
      }
    }
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
  void aRestartWithNoNewFilesProcessesNothing() throws Exception {
    runToEnd();
    int batches = emitted.batches().size();
    assertThat(batches).isPositive();

    runToEnd();

    assertThat(emitted.batches()).as("batches after the restart").hasSize(batches);
  }

  @Test
  void aRestartProcessesOnlyTheNewFileAndTheResultCoversEveryFile() throws Exception {
    runToEnd();
    int batches = emitted.batches().size();
    List<String> lines = new ArrayList<>(${pipeline.className}TestData.bundledLines());
    Path first;
    try (Stream<Path> files = Files.list(inputDir)) {
      first = files.sorted().findFirst().orElseThrow();
    }
    String name = first.getFileName().toString();
    Files.copy(first, inputDir.resolve("part-9999" + name.substring(name.lastIndexOf('.'))));
    lines.addAll(${pipeline.className}TestData.bundledBatches().get(0));

    runToEnd();

    List<Row> expected =
        ${pipeline.className}Transformation.apply(${pipeline.className}TestData.rows(lines)).collectAsList();
    assertThat(emitted.batches()).as("one new micro-batch for the new file").hasSize(batches + 1);
#if($pipeline.emitsFinalGroupsOnly)
    assertThat(${pipeline.className}TestData.resultSoFar(emitted)).doesNotHaveDuplicates().isSubsetOf(expected);
#else
    assertThat(${pipeline.className}TestData.resultSoFar(emitted))
        .containsExactlyInAnyOrderElementsOf(expected);
#end
  }

  /** Runs the job's source, transformation and writer until the input is used up. */
  private void runToEnd() throws Exception {
    Dataset<Row> result = pipeline.transform(pipeline.read(spark(), config));
    emitted
        .into(pipeline.writer(result, config))
        .trigger(Trigger.AvailableNow())
        .start()
        .awaitTermination();
  }
}
