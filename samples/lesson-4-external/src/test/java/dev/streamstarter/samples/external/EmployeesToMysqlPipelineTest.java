package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the job's own source, transformation and writer over the bundled sample. */
class EmployeesToMysqlPipelineTest {

  private final EmployeesToMysqlPipeline pipeline = new EmployeesToMysqlPipeline();

  /** A micro-batch as soon as input arrives; runToTheEnd hands the files over one at a time. */
  private static final Trigger TRIGGER = Trigger.ProcessingTime(0);

  private Path inputDir;

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void processesTheBundledRecordsIntoTheBatchResult(@TempDir Path root) throws Exception {
    inputDir = Files.createDirectories(root.resolve("input").resolve(EmployeesToMysqlPipeline.NAME));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input-root", root.resolve("input").toString(),
                "--checkpoint-root", root.resolve("checkpoints").toString(),
                "--output-root", root.resolve("output").toString()));
    args.addAll(LocalServices.jobArgs());
    JobConfig config = JobConfig.parse(args.toArray(String[]::new));
    LocalServices.database().execute("DROP TABLE IF EXISTS " + SqlStatements.quote(EmployeesToMysqlPipeline.TABLE));
    Dataset<Row> result = pipeline.result(spark(), config);

    // The job's own sink; only the trigger differs, so that the run ends.
    StreamingQuery query =
        pipeline
            .sink(pipeline.writer(pipeline.records(result), config), config)
            .trigger(TRIGGER)
            .start();
    runToTheEnd(query);
    // The rows of the real table: one per key, replaced by each later version.
    Properties user = new Properties();
    user.setProperty("user", config.jdbcUser());
    user.setProperty("password", config.jdbcPassword());
    List<Row> actual =
        spark()
            .read()
            .jdbc(config.jdbcUrl(), SqlStatements.quote(EmployeesToMysqlPipeline.TABLE), user)
            .collectAsList();

    // The upsert keys were given, not the pattern's: they need not identify result rows.
    List<Row> expected =
        JdbcUpsertSink.flatten(EmployeesToMysqlTestData.result(EmployeesToMysqlTestData.bundledLines()))
            .collectAsList();
    assertThat(expected).as("the bundled sample gives a result").isNotEmpty();
    UpsertedRows.assertHoldsEveryKeyOf(actual, expected, EmployeesToMysqlPipeline.UPSERT_KEYS);
    assertThat(Arrays.stream(query.recentProgress()).filter(progress -> progress.numInputRows() > 0))
        .as("micro-batches that read input: one per file")
        .hasSize(EmployeesToMysqlTestData.bundledBatches().size());
  }

  /**
   * Moves the bundled files into the input folder one at a time, in name order, each processed
   * with the batch without new data after it (as the job's file feeding does), then stops.
   */
  private void runToTheEnd(StreamingQuery query) throws Exception {
    try (Stream<Path> files = Files.list(EmployeesToMysqlTestData.BUNDLED)) {
      for (Path file : files.sorted().toList()) {
        EmployeesToMysqlTestData.handOver(file, inputDir);
        query.processAllAvailable();
      }
    }
    query.stop();
  }
}
