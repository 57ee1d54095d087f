package dev.streamstarter.samples.aggregate;

import static dev.streamstarter.samples.aggregate.KafkaWatermarkTestData.bundledLines;
import static dev.streamstarter.samples.aggregate.KafkaWatermarkTestData.result;
import static dev.streamstarter.samples.aggregate.KafkaWatermarkTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class KafkaWatermarkTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void everyResultRowHasItsOwnKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = KafkaWatermarkTransformation.RESULT_KEYS.toArray(String[]::new);

    Dataset<Row> result = KafkaWatermarkTransformation.apply(input);

    assertThat(result.columns()).startsWith(keys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(result.count());
  }
}
