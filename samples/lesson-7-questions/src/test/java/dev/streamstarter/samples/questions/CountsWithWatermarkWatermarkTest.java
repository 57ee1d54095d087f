package dev.streamstarter.samples.questions;

import static dev.streamstarter.samples.questions.SparkTestSupport.seq;
import static dev.streamstarter.samples.questions.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.streaming.MemoryStream;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;

/** The watermark of 10 minutes on `timestamp` at work, micro-batch by micro-batch. */
class CountsWithWatermarkWatermarkTest {

  private final CountsWithWatermarkPipeline pipeline = new CountsWithWatermarkPipeline();
  private final BatchCollector emitted = new BatchCollector();
  private MemoryStream<String> input;
  private StreamingQuery query;
  /** Far enough ahead that the watermark passes every bundled row. */
  private Duration later;

  @BeforeEach
  void startQuery(@TempDir Path checkpoints) throws Exception {
    later = CountsWithWatermarkTestData.pastTheSample();
    input = new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    JobConfig config = JobConfig.parse("--checkpoint-root", checkpoints.toString());
    Dataset<Row> result = pipeline.transform(CountsWithWatermarkTestData.parse(input.toDS()));
    query = emitted.into(pipeline.writer(result, config)).start();
  }

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void aRowBehindTheWatermarkIsDroppedAndChangesNothing() throws Exception {
    List<String> sample = CountsWithWatermarkTestData.bundledLines();
    List<String> newer = CountsWithWatermarkTestData.shifted(sample.subList(0, 1), later);
    List<String> late = sample.subList(0, 1);
    feed(sample);
    feed(newer);
    List<Row> before = CountsWithWatermarkTestData.resultSoFar(emitted);
    int rowsBefore = emitted.rows().size();

    feed(late);

    assertThat(emitted.rows()).as("rows emitted for the late row").hasSize(rowsBefore);
    assertThat(CountsWithWatermarkTestData.resultSoFar(emitted))
        .as("result after a row from before the watermark")
        .containsExactlyInAnyOrderElementsOf(before);
    List<String> onTime = new ArrayList<>(sample);
    onTime.addAll(newer);
    List<String> all = new ArrayList<>(onTime);
    all.addAll(late);
    assertThat(CountsWithWatermarkTestData.expected(all))
        .as("the late row would have changed the result")
        .isNotEqualTo(CountsWithWatermarkTestData.expected(onTime));
  }

  private void feed(List<String> lines) {
    input.addData(seq(lines));
    query.processAllAvailable();
  }
}
