package dev.streamstarter.samples.join;

import static dev.streamstarter.samples.join.ImpressionsClicksWatermarkTestData.bundledLines;
import static dev.streamstarter.samples.join.ImpressionsClicksWatermarkTestData.result;
import static dev.streamstarter.samples.join.ImpressionsClicksWatermarkTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ImpressionsClicksWatermarkTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void theJoinKeepsTheKeysItsTypePromises() throws Exception {
    String[] keys = {"impressionAdId"};
    String[] otherSideKeys = {"clickAdId"};
    String[] resultSideKeys = {"coalesce(impressionAdId, clickAdId)"};
    Dataset<Row> input = ImpressionsClicksWatermarkTransformation.prepare(rows(bundledLines()));
    Dataset<Row> other =
        ImpressionsClicksWatermarkTransformation.prepareOther(ImpressionsClicksWatermarkTestData.otherTable());

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
