package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.SlidingCountTestData.bundledLines;
import static dev.streamstarter.samples.aggregate.SlidingCountTestData.result;
import static dev.streamstarter.samples.aggregate.SlidingCountTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SlidingCountTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyResultRowHasItsOwnKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = SlidingCountTransformation.RESULT_KEYS.toArray(String[]::new);

    Dataset<Row> result = SlidingCountTransformation.apply(input);

    assertThat(result.columns()).startsWith(keys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(result.count());
  }
}
