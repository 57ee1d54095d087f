package dev.streamstarter.samples.join;

import static dev.streamstarter.samples.join.AdClicksWithinHourTestData.bundledLines;
import static dev.streamstarter.samples.join.AdClicksWithinHourTestData.result;
import static dev.streamstarter.samples.join.AdClicksWithinHourTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AdClicksWithinHourTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void theJoinKeepsTheKeysItsTypePromises() throws Exception {
    String[] keys = {"impressionAdId"};
    String[] otherSideKeys = {"clickAdId"};
    String[] resultSideKeys = {"coalesce(impressionAdId, clickAdId)"};
    Dataset<Row> input = AdClicksWithinHourTransformation.prepare(rows(bundledLines()));
    Dataset<Row> other =
        AdClicksWithinHourTransformation.prepareOther(AdClicksWithinHourTestData.otherTable());

    Dataset<Row> resultKeys = result(bundledLines()).selectExpr(resultSideKeys).distinct();

    List<Row> streamKeys = input.selectExpr(keys).distinct().collectAsList();
    List<Row> otherKeys = other.selectExpr(otherSideKeys).distinct().collectAsList();
    assertThat(resultKeys.collectAsList())
        .as("only keys both sides have")
        .isNotEmpty()
        .allMatch(key -> streamKeys.contains(key) && otherKeys.contains(key));
    assertThat(streamKeys)
        .as("the sample has stream keys the other side lacks")
        .anyMatch(key -> !otherKeys.contains(key));
  }
}
