package dev.streamstarter.samples.tools;

import static dev.streamstarter.samples.tools.FlightSummaryTestData.bundledLines;
import static dev.streamstarter.samples.tools.FlightSummaryTestData.result;
import static dev.streamstarter.samples.tools.FlightSummaryTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FlightSummaryTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyResultRowHasItsOwnKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = FlightSummaryTransformation.RESULT_KEYS.toArray(String[]::new);

    Dataset<Row> result = FlightSummaryTransformation.apply(input);

    assertThat(result.columns()).startsWith(keys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(result.count());
    assertThat(result.count())
        .as("one row per distinct key of the input")
        .isEqualTo(FlightSummaryTransformation.prepare(input).selectExpr(keys).distinct().count());
  }
}
