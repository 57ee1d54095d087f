package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.EmployeeStatsTestData.bundledLines;
import static dev.streamstarter.samples.aggregate.EmployeeStatsTestData.result;
import static dev.streamstarter.samples.aggregate.EmployeeStatsTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class EmployeeStatsTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void theResultIsOneRowOverAllInput() throws Exception {
    assertThat(EmployeeStatsTransformation.apply(rows(bundledLines())).count()).isEqualTo(1);
  }
}
