package dev.streamstarter.samples.introduction;

import static dev.streamstarter.samples.introduction.ActivityCountsTestData.bundledLines;
import static dev.streamstarter.samples.introduction.ActivityCountsTestData.result;
import static dev.streamstarter.samples.introduction.ActivityCountsTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ActivityCountsTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyResultRowHasItsOwnKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = ActivityCountsTransformation.RESULT_KEYS.toArray(String[]::new);

    Dataset<Row> result = ActivityCountsTransformation.apply(input);

    assertThat(result.columns()).startsWith(keys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(result.count());
    assertThat(result.count())
        .as("one row per distinct key of the input")
        .isEqualTo(ActivityCountsTransformation.prepare(input).selectExpr(keys).distinct().count());
  }
}
