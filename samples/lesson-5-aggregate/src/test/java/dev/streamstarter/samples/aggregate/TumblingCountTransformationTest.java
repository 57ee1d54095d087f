package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.TumblingCountTestData.bundledLines;
import static dev.streamstarter.samples.aggregate.TumblingCountTestData.result;
import static dev.streamstarter.samples.aggregate.TumblingCountTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class TumblingCountTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyResultRowHasItsOwnKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = TumblingCountTransformation.RESULT_KEYS.toArray(String[]::new);

    Dataset<Row> result = TumblingCountTransformation.apply(input);

    assertThat(result.columns()).startsWith(keys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(result.count());
  }
}
