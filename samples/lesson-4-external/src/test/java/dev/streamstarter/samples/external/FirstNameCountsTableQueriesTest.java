package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.SparkTestSupport.seq;
import static dev.streamstarter.samples.external.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.streaming.MemoryStream;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;

/** The queries over the in-memory table {@value FirstNameCountsPipeline#QUERY_NAME}, as the job prints them. */
class FirstNameCountsTableQueriesTest {

  private final FirstNameCountsPipeline pipeline = new FirstNameCountsPipeline();
  private final PrintStream stdout = System.out;

  @AfterEach
  void stopQueries() throws Exception {
    System.setOut(stdout);
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void everyQueryAnswersOverTheRowsTheSinkWasGivenAndIsPrintedAfterEachBatch(@TempDir Path checkpoints)
      throws Exception {
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    JobConfig config = JobConfig.parse("--checkpoint-root", checkpoints.resolve("table").toString());
    Dataset<Row> result = pipeline.transform(FirstNameCountsTestData.parse(input.toDS()));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    TableQueryPrinter printer = new TableQueryPrinter(spark(), List.of(pipeline));
    spark().streams().addListener(printer);
    // The job's own memory sink fills the table; a second query on the same input collects what
    // the sink is given.
    StreamingQuery table = pipeline.sink(pipeline.writer(result, config), config).start();
    BatchCollector emitted = new BatchCollector();
    JobConfig collecting = JobConfig.parse("--checkpoint-root", checkpoints.resolve("collected").toString());
    StreamingQuery collected =
        emitted
            .into(pipeline.writer(result, collecting))
            .queryName(FirstNameCountsPipeline.QUERY_NAME + "_collected")
            .start();
    for (List<String> batch : FirstNameCountsTestData.bundledBatches()) {
      input.addData(seq(batch));
      table.processAllAvailable();
      collected.processAllAvailable();
    }
    Dataset<Row> held = spark().table(FirstNameCountsPipeline.QUERY_NAME);
    StructType schema = held.schema();
    List<List<Row>> answers =
        pipeline.tableQueries().stream().map(query -> spark().sql(query).collectAsList()).toList();
    assertThat(held.count()).as("rows in the table").isPositive();
    // What a job run --until-done does before it stops: its last batch's answers must be printed.
    printer.printLatest(List.of(table));
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .as("printed")
        .contains("Query after batch " + table.lastProgress().batchId() + ": ");
    table.stop();
    collected.stop();

    // Complete mode: the table holds what the last micro-batch wrote.
    List<Row> given = emitted.lastBatch();
    spark().createDataFrame(given, schema).createOrReplaceTempView(FirstNameCountsPipeline.QUERY_NAME);
    for (int i = 0; i < answers.size(); i++) {
      String query = pipeline.tableQueries().get(i);
      assertThat(answers.get(i)).as(query).containsExactlyInAnyOrderElementsOf(spark().sql(query).collectAsList());
      assertThat(printed.toString(StandardCharsets.UTF_8)).as("printed").contains(": " + query);
    }
  }
}
