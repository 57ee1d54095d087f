package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.EmployeesPrintTestData.bundledLines;
import static dev.streamstarter.samples.external.EmployeesPrintTestData.result;
import static dev.streamstarter.samples.external.EmployeesPrintTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class EmployeesPrintTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyInputRowComesOutUnchanged() throws Exception {
    Dataset<Row> input = rows(bundledLines());

    assertThat(EmployeesPrintTransformation.apply(input).collectAsList())
        .containsExactlyInAnyOrderElementsOf(input.collectAsList());
  }
}
