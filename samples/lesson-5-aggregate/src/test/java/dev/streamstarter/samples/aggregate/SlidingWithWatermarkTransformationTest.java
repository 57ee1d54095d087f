package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.SlidingWithWatermarkTestData.bundledLines;
import static dev.streamstarter.samples.aggregate.SlidingWithWatermarkTestData.result;
import static dev.streamstarter.samples.aggregate.SlidingWithWatermarkTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SlidingWithWatermarkTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyResultRowHasItsOwnKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = SlidingWithWatermarkTransformation.RESULT_KEYS.toArray(String[]::new);

    Dataset<Row> result = SlidingWithWatermarkTransformation.apply(input);

    assertThat(result.columns()).startsWith(keys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(result.count());
  }
}
