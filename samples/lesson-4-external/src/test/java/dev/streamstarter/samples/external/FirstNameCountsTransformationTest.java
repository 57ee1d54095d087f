package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.FirstNameCountsTestData.bundledLines;
import static dev.streamstarter.samples.external.FirstNameCountsTestData.result;
import static dev.streamstarter.samples.external.FirstNameCountsTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FirstNameCountsTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyResultRowHasItsOwnKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = FirstNameCountsTransformation.RESULT_KEYS.toArray(String[]::new);

    Dataset<Row> result = FirstNameCountsTransformation.apply(input);

    assertThat(result.columns()).startsWith(keys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(result.count());
    assertThat(result.count())
        .as("one row per distinct key of the input")
        .isEqualTo(FirstNameCountsTransformation.prepare(input).selectExpr(keys).distinct().count());
  }
}
