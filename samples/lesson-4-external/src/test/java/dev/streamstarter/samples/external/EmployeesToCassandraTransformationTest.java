package dev.streamstarter.samples.external;

import static dev.streamstarter.samples.external.EmployeesToCassandraTestData.bundledLines;
import static dev.streamstarter.samples.external.EmployeesToCassandraTestData.result;
import static dev.streamstarter.samples.external.EmployeesToCassandraTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class EmployeesToCassandraTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyInputRowComesOutUnchanged() throws Exception {
    Dataset<Row> input = rows(bundledLines());

    assertThat(EmployeesToCassandraTransformation.apply(input).collectAsList())
        .containsExactlyInAnyOrderElementsOf(input.collectAsList());
  }
}
