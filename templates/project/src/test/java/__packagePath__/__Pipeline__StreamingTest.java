package ${project.package};

## A pattern kind that reads a second input feeds it and computes the result from both here,
## from its folder (kinds/pattern/<kind>/parts/streaming-test/<slot>.vm).
import static ${project.package}.SparkTestSupport.seq;
import static ${project.package}.SparkTestSupport.spark;
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

class ${pipeline.className}StreamingTest {

  private final ${pipeline.className}Pipeline pipeline = new ${pipeline.className}Pipeline();

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
#part("streaming-test/inputs")
    // The job's own transformation and writer settings; a collector stands in for the sink.
#if($pipeline.parts.has("streaming-test/result"))
#part("streaming-test/result")
#else
    Dataset<Row> result = pipeline.transform(${pipeline.className}TestData.parse(input.toDS()));
#end
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query = emitted.into(pipeline.writer(result, config)).start();

    List<List<String>> fed = new ArrayList<>();
    for (List<String> batch : ${pipeline.className}TestData.bundledBatches()) {
      input.addData(seq(batch));
      fed.add(batch);
      query.processAllAvailable(); // the batch, and the one without new data that moves the watermark

      List<Row> expected = ${pipeline.className}TestData.expectedAfter(fed);
#if($pipeline.emitsFinalGroupsOnly)
      // Append mode emits a group once, when the watermark has passed it: a final subset.
      assertThat(${pipeline.className}TestData.resultSoFar(emitted))
          .as("result after %d micro-batches of input", fed.size())
          .doesNotHaveDuplicates()
          .isSubsetOf(expected);
#else
      assertThat(${pipeline.className}TestData.resultSoFar(emitted))
          .as("result after %d micro-batches of input", fed.size())
          .containsExactlyInAnyOrderElementsOf(expected);
#end
    }
    assertThat(emitted.batches()).as("micro-batches").isNotEmpty();
  }
}
