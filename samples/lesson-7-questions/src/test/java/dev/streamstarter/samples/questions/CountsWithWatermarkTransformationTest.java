package dev.streamstarter.samples.questions;

import static dev.streamstarter.samples.questions.CountsWithWatermarkTestData.bundledLines;
import static dev.streamstarter.samples.questions.CountsWithWatermarkTestData.result;
import static dev.streamstarter.samples.questions.CountsWithWatermarkTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class CountsWithWatermarkTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyResultRowHasItsOwnKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = CountsWithWatermarkTransformation.RESULT_KEYS.toArray(String[]::new);

    Dataset<Row> result = CountsWithWatermarkTransformation.apply(input);

    assertThat(result.columns()).startsWith(keys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(result.count());
  }
}
