package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.EmployeesToMemoryTestData.bundledLines;
import static dev.streamstarter.samples.external.EmployeesToMemoryTestData.result;
import static dev.streamstarter.samples.external.EmployeesToMemoryTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class EmployeesToMemoryTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }
}
