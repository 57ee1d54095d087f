package dev.streamstarter.samples.join;

import static dev.streamstarter.samples.join.ImpressionsClicksLeftOuterTestData.bundledLines;
import static dev.streamstarter.samples.join.ImpressionsClicksLeftOuterTestData.result;
import static dev.streamstarter.samples.join.ImpressionsClicksLeftOuterTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ImpressionsClicksLeftOuterTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void theJoinKeepsTheKeysItsTypePromises() throws Exception {
    String[] keys = {"impressionAdId"};
    String[] otherSideKeys = {"clickAdId"};
    String[] resultSideKeys = {"coalesce(impressionAdId, clickAdId)"};
    Dataset<Row> input = ImpressionsClicksLeftOuterTransformation.prepare(rows(bundledLines()));
    Dataset<Row> other =
        ImpressionsClicksLeftOuterTransformation.prepareOther(ImpressionsClicksLeftOuterTestData.otherTable());

    Dataset<Row> resultKeys = result(bundledLines()).selectExpr(resultSideKeys).distinct();

    List<Row> streamKeys = input.selectExpr(keys).distinct().collectAsList();
    List<Row> otherKeys = other.selectExpr(otherSideKeys).distinct().collectAsList();
    assertThat(resultKeys.collectAsList()).as("every key of the stream").containsAll(streamKeys);
    assertThat(streamKeys)
        .as("the sample has stream keys the other side lacks")
        .anyMatch(key -> !otherKeys.contains(key));
  }
}
