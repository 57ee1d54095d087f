package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.SparkTestSupport.seq;
import static dev.streamstarter.samples.external.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.streaming.MemoryStream;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;

class EmployeesToCassandraStreamingTest {

  private final EmployeesToCassandraPipeline pipeline = new EmployeesToCassandraPipeline();

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void afterEveryMicroBatchTheResultIsTheBatchResultOverTheInputSoFar(@TempDir Path checkpoints)
      throws Exception {
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    JobConfig config = JobConfig.parse("--checkpoint-root", checkpoints.toString());
    // The job's own transformation and writer settings; a collector stands in for the sink.
    Dataset<Row> result = pipeline.transform(EmployeesToCassandraTestData.parse(input.toDS()));
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query = emitted.into(pipeline.writer(result, config)).start();

    List<List<String>> fed = new ArrayList<>();
    for (List<String> batch : EmployeesToCassandraTestData.bundledBatches()) {
      input.addData(seq(batch));
      fed.add(batch);
      query.processAllAvailable(); // the batch, and the one without new data that moves the watermark

      List<Row> expected = EmployeesToCassandraTestData.expectedAfter(fed);
      assertThat(EmployeesToCassandraTestData.resultSoFar(emitted))
          .as("result after %d micro-batches of input", fed.size())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(emitted.batches()).as("micro-batches").isNotEmpty();
  }
}
