package dev.streamstarter.samples.join;

import static dev.streamstarter.samples.join.ImpressionsClicksTestData.bundledLines;
import static dev.streamstarter.samples.join.ImpressionsClicksTestData.result;
import static dev.streamstarter.samples.join.ImpressionsClicksTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ImpressionsClicksTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void theJoinKeepsTheKeysItsTypePromises() throws Exception {
    String[] keys = {"adId"};
    String[] otherSideKeys = {"other_adId"};
    String[] resultSideKeys = {"adId"};
    Dataset<Row> input = ImpressionsClicksTransformation.prepare(rows(bundledLines()));
    Dataset<Row> other =
        ImpressionsClicksTransformation.prepareOther(ImpressionsClicksTestData.otherTable());

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
