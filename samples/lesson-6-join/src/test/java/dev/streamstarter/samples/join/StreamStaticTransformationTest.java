package dev.streamstarter.samples.join;

import static dev.streamstarter.samples.join.StreamStaticTestData.bundledLines;
import static dev.streamstarter.samples.join.StreamStaticTestData.result;
import static dev.streamstarter.samples.join.StreamStaticTestData.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class StreamStaticTransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }

  @Test
  void theJoinKeepsTheKeysItsTypePromises() throws Exception {
    String[] keys = {"emp_id"};
    String[] otherSideKeys = {"user_id"};
    String[] resultSideKeys = {"coalesce(emp_id, user_id)"};
    Dataset<Row> input = StreamStaticTransformation.prepare(rows(bundledLines()));
    Dataset<Row> other =
        StreamStaticTransformation.prepareOther(StreamStaticTestData.otherTable());

    Dataset<Row> resultKeys = result(bundledLines()).selectExpr(resultSideKeys).distinct();

    List<Row> streamKeys = input.selectExpr(keys).distinct().collectAsList();
    List<Row> otherKeys = other.selectExpr(otherSideKeys).distinct().collectAsList();
    assertThat(resultKeys.collectAsList()).as("every key of the stream").containsAll(streamKeys);
    assertThat(streamKeys)
        .as("the sample has stream keys the other side lacks")
        .anyMatch(key -> !otherKeys.contains(key));
  }
}
