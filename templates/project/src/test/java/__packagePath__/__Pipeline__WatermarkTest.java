package ${project.package};

import static ${project.package}.SparkTestSupport.seq;
import static ${project.package}.SparkTestSupport.spark;
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

/** The watermark of ${pipeline.watermark} on ${pipeline.eventTimeMd} at work, micro-batch by micro-batch. */
class ${pipeline.className}WatermarkTest {

  private final ${pipeline.className}Pipeline pipeline = new ${pipeline.className}Pipeline();
  private final BatchCollector emitted = new BatchCollector();
  private MemoryStream<String> input;
  private StreamingQuery query;
  /** Far enough ahead that the watermark passes every bundled row. */
  private Duration later;

  @BeforeEach
  void startQuery(@TempDir Path checkpoints) throws Exception {
    later = ${pipeline.className}TestData.pastTheSample();
    input = new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    JobConfig config = JobConfig.parse("--checkpoint-root", checkpoints.toString());
    Dataset<Row> result = pipeline.transform(${pipeline.className}TestData.parse(input.toDS()));
    query = emitted.into(pipeline.writer(result, config)).start();
  }

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void aRowBehindTheWatermarkIsDroppedAndChangesNothing() throws Exception {
    List<String> sample = ${pipeline.className}TestData.bundledLines();
    List<String> newer = ${pipeline.className}TestData.shifted(sample.subList(0, 1), later);
    List<String> late = sample.subList(0, 1);
    feed(sample);
    feed(newer);
    List<Row> before = ${pipeline.className}TestData.resultSoFar(emitted);
    int rowsBefore = emitted.rows().size();

    feed(late);

    assertThat(emitted.rows()).as("rows emitted for the late row").hasSize(rowsBefore);
    assertThat(${pipeline.className}TestData.resultSoFar(emitted))
        .as("result after a row from before the watermark")
        .containsExactlyInAnyOrderElementsOf(before);
#if($pipeline.isAggregation)
    List<String> onTime = new ArrayList<>(sample);
    onTime.addAll(newer);
    List<String> all = new ArrayList<>(onTime);
    all.addAll(late);
    assertThat(${pipeline.className}TestData.expected(all))
        .as("the late row would have changed the result")
        .isNotEqualTo(${pipeline.className}TestData.expected(onTime));
#end
  }
#if($pipeline.closesWindowsOnWatermark)

  @Test
  void aWindowIsEmittedOnlyOnceTheWatermarkHasPassedItsEnd() throws Exception {
    List<String> sample = ${pipeline.className}TestData.bundledLines();
    List<Row> windows = ${pipeline.className}TestData.expected(sample);

    feed(sample);

    assertThat(${pipeline.className}TestData.resultSoFar(emitted))
        .as("windows the watermark has not passed are held back")
        .isSubsetOf(windows)
        .hasSizeLessThan(windows.size());

    feed(${pipeline.className}TestData.shifted(sample.subList(0, 1), later));

    assertThat(${pipeline.className}TestData.resultSoFar(emitted))
        .as("every window of the sample, each once, after the watermark passed them")
        .doesNotHaveDuplicates()
        .containsAll(windows);
  }
#end

  private void feed(List<String> lines) {
    input.addData(seq(lines));
    query.processAllAvailable();
  }
}
