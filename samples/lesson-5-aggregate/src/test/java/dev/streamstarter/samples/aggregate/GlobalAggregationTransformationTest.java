package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.GlobalAggregationTestData.bundledLines;
import static dev.streamstarter.samples.aggregate.GlobalAggregationTestData.result;
import static dev.streamstarter.samples.aggregate.GlobalAggregationTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class GlobalAggregationTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void theResultIsOneRowOverAllInput() throws Exception {
    assertThat(GlobalAggregationTransformation.apply(rows(bundledLines())).count()).isEqualTo(1);
  }
}
