package ${project.package};

import static ${project.package}.SparkTestSupport.seq;
import static ${project.package}.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

/** The ${pipeline.joinType} join emits a row without a match only once the watermarks have passed it. */
class ${pipeline.className}OuterJoinTest {

  /** Far enough ahead that the watermarks pass every bundled row. */
  private static final Duration LATER = Duration.ofSeconds(${pipeline.lateShiftSeconds});

  private final ${pipeline.className}Pipeline pipeline = new ${pipeline.className}Pipeline();

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void unmatchedRowsAreEmittedWithNullsOnlyAfterTheWatermark(@TempDir Path checkpoints)
      throws Exception {
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    MemoryStream<String> otherInput =
        new MemoryStream<>(2, spark().sqlContext(), Option.empty(), Encoders.STRING());
    JobConfig config = JobConfig.parse("--checkpoint-root", checkpoints.toString());
    Dataset<Row> result =
        pipeline.transform(
            ${pipeline.className}TestData.parse(input.toDS()),
            ${pipeline.className}TestData.parseOther(otherInput.toDS()));
    BatchCollector emitted = new BatchCollector();
    StreamingQuery query = emitted.into(pipeline.writer(result, config)).start();
    List<String> sample = ${pipeline.className}TestData.bundledLines();
    List<Row> expected = ${pipeline.className}TestData.expected(sample);
    assertThat(expected).as("the sample has rows without a match").anyMatch(this::unmatched);

    otherInput.addData(seq(${pipeline.className}TestData.otherLines()));
    input.addData(seq(sample));
    query.processAllAvailable();

    assertThat(emitted.rows()).as("rows before the watermark moved").noneMatch(this::unmatched);

    // Newer rows on both sides move both watermarks past every sample row.
    for (Duration ahead : List.of(LATER, LATER.multipliedBy(2))) {
      List<String> other = ${pipeline.className}TestData.otherLines();
      input.addData(seq(${pipeline.className}TestData.shifted(sample.subList(0, 1), ahead)));
      otherInput.addData(seq(${pipeline.className}TestData.shiftedOther(other, ahead)));
      query.processAllAvailable();
    }

    List<Row> unmatchedExpected = expected.stream().filter(this::unmatched).toList();
    assertThat(emitted.rows())
        .as("every unmatched sample row, once the watermark passed it")
        .containsAll(unmatchedExpected);
  }

  /** Whether every column of the ${pipeline.joinType} join's nullable side is null in the row. */
  private boolean unmatched(Row row) {
    List<String> keys = List.of(#foreach($k in $pipeline.joinKeys)${k.keyJava}#if($foreach.hasNext), #end#end);
#if($pipeline.nullsOnOtherSide)
    List<String> nullable =
        new ArrayList<>(Arrays.asList(${pipeline.className}Pipeline.OTHER_SCHEMA.fieldNames()));
#else
    List<String> nullable =
        new ArrayList<>(Arrays.asList(${pipeline.className}Pipeline.SCHEMA.fieldNames()));
#end
    nullable.removeAll(keys);
    return nullable.stream().allMatch(column -> row.isNullAt(row.fieldIndex(column)));
  }
}
