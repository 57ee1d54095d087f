package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the job's own source, transformation and writer over the bundled sample. */
class EmployeesToCassandraPipelineTest {

  private final EmployeesToCassandraPipeline pipeline = new EmployeesToCassandraPipeline();

  /** A micro-batch as soon as input arrives; runToTheEnd hands the files over one at a time. */
  private static final Trigger TRIGGER = Trigger.ProcessingTime(0);

  private Path inputDir;

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void processesTheBundledRecordsIntoTheBatchResult(@TempDir Path root) throws Exception {
    inputDir = Files.createDirectories(root.resolve("input").resolve(EmployeesToCassandraPipeline.NAME));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input-root", root.resolve("input").toString(),
                "--checkpoint-root", root.resolve("checkpoints").toString(),
                "--output-root", root.resolve("output").toString()));
    args.addAll(LocalServices.jobArgs());
    JobConfig config = JobConfig.parse(args.toArray(String[]::new));
    LocalServices.cassandra().execute(CqlStatements.createKeyspace(EmployeesToCassandraPipeline.KEYSPACE));
    LocalServices.cassandra()
        .execute("DROP TABLE IF EXISTS " + CqlStatements.table(EmployeesToCassandraPipeline.KEYSPACE, EmployeesToCassandraPipeline.TABLE));
    Dataset<Row> result = pipeline.result(spark(), config);

    // The job's own sink; only the trigger differs, so that the run ends.
    StreamingQuery query =
        pipeline
            .sink(pipeline.writer(pipeline.records(result), config), config)
            .trigger(TRIGGER)
            .start();
    runToTheEnd(query);
    // The rows of the real table, read back with the connector: one per primary key, replaced by
    // each later version; its columns in the order of the result's.
    CassandraTarget target =
        CassandraTarget.of(
            config,
            EmployeesToCassandraPipeline.CASSANDRA_HOST,
            EmployeesToCassandraPipeline.KEYSPACE,
            EmployeesToCassandraPipeline.TABLE,
            EmployeesToCassandraPipeline.PRIMARY_KEY);
    Column[] columns =
        Arrays.stream(CassandraSink.flatten(result).columns()).map(functions::col).toArray(Column[]::new);
    List<Row> table =
        spark()
            .read()
            .format(CassandraSink.FORMAT)
            .options(target.options())
            .load()
            .select(columns)
            .collectAsList();
    List<Row> actual = table;

    // The primary key was given, not the pattern's: it need not identify result rows.
    List<Row> expected =
        CassandraSink.flatten(EmployeesToCassandraTestData.result(EmployeesToCassandraTestData.bundledLines()))
            .collectAsList();
    assertThat(expected).as("the bundled sample gives a result").isNotEmpty();
    UpsertedRows.assertHoldsEveryKeyOf(actual, expected, EmployeesToCassandraPipeline.PRIMARY_KEY);
    assertThat(Arrays.stream(query.recentProgress()).filter(progress -> progress.numInputRows() > 0))
        .as("micro-batches that read input: one per file")
        .hasSize(EmployeesToCassandraTestData.bundledBatches().size());
  }

  /**
   * Moves the bundled files into the input folder one at a time, in name order, each processed
   * with the batch without new data after it (as the job's file feeding does), then stops.
   */
  private void runToTheEnd(StreamingQuery query) throws Exception {
    try (Stream<Path> files = Files.list(EmployeesToCassandraTestData.BUNDLED)) {
      for (Path file : files.sorted().toList()) {
        EmployeesToCassandraTestData.handOver(file, inputDir);
        query.processAllAvailable();
      }
    }
    query.stop();
  }
}
