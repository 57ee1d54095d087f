package ${project.package};

import static ${project.package}.${pipeline.className}TestData.bundledLines;
import static ${project.package}.${pipeline.className}TestData.result;
import static ${project.package}.${pipeline.className}TestData.rows;
import static org.assertj.core.api.Assertions.assertThat;
#if($pipeline.isPassthrough && $pipeline.hasFilter)
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.not;
#end

#if($pipeline.isJoin)
import java.util.List;
#end
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ${pipeline.className}TransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    assertThat(result(bundledLines()).count()).as("rows the bundled sample gives").isPositive();
  }
#if($pipeline.isGlobalAggregation)

  @Test
  void theResultIsOneRowOverAllInput() throws Exception {
    assertThat(${pipeline.className}Transformation.apply(rows(bundledLines())).count()).isEqualTo(1);
  }
#elseif($pipeline.isAggregation)

  @Test
  void everyResultRowHasItsOwnKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = ${pipeline.className}Transformation.RESULT_KEYS.toArray(String[]::new);

    Dataset<Row> result = ${pipeline.className}Transformation.apply(input);

    assertThat(result.columns()).startsWith(keys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(result.count());
#if($pipeline.isGroupedAggregation)
    assertThat(result.count())
        .as("one row per distinct key of the input")
        .isEqualTo(${pipeline.className}Transformation.prepare(input).selectExpr(keys).distinct().count());
#end
  }
#elseif($pipeline.isDeduplication)

  @Test
  void keepsExactlyOneRowPerKey() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = ${pipeline.className}Transformation.KEYS.toArray(String[]::new);

    Dataset<Row> result = ${pipeline.className}Transformation.apply(input);

    Dataset<Row> prepared = ${pipeline.className}Transformation.prepare(input);
    long distinctKeys = prepared.selectExpr(keys).distinct().count();
    assertThat(result.count()).isEqualTo(distinctKeys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(distinctKeys);
    assertThat(prepared.count()).as("the sample holds duplicates to drop").isGreaterThan(distinctKeys);
  }
#end
#if($pipeline.isJoin)

  @Test
  void theJoinKeepsTheKeysItsTypePromises() throws Exception {
    String[] keys = {#foreach($k in $pipeline.joinKeys)${k.keyJava}#if($foreach.hasNext), #end#end};
    Dataset<Row> input = ${pipeline.className}Transformation.prepare(rows(bundledLines()));
    Dataset<Row> other = ${pipeline.className}TestData.otherTable();

    Dataset<Row> resultKeys = result(bundledLines()).selectExpr(keys).distinct();

    List<Row> streamKeys = input.selectExpr(keys).distinct().collectAsList();
    List<Row> otherKeys = other.selectExpr(keys).distinct().collectAsList();
#if($pipeline.keepsEveryStreamKey)
    assertThat(resultKeys.collectAsList()).as("every key of the stream").containsAll(streamKeys);
#end
#if($pipeline.keepsEveryOtherKey)
    assertThat(resultKeys.collectAsList()).as("every key of the other side").containsAll(otherKeys);
#end
#if($pipeline.matchesOnly)
    assertThat(resultKeys.collectAsList())
        .as("only keys both sides have")
        .isNotEmpty()
        .allMatch(key -> streamKeys.contains(key) && otherKeys.contains(key));
#end
    assertThat(streamKeys)
        .as("the sample has stream keys the other side lacks")
        .anyMatch(key -> !otherKeys.contains(key));
  }
#end
#if($pipeline.isPassthrough && $pipeline.hasFilter)

  @Test
  void everyResultRowMeetsTheFilter() throws Exception {
    Dataset<Row> result = ${pipeline.className}Transformation.apply(rows(bundledLines()));

    assertThat(result.filter(not(expr(${pipeline.filterJava}))).count()).isZero();
  }
#end
#if($pipeline.prepareIsIdentity && $pipeline.isPassthrough)

  @Test
  void everyInputRowComesOutUnchanged() throws Exception {
    Dataset<Row> input = rows(bundledLines());

    assertThat(${pipeline.className}Transformation.apply(input).collectAsList())
        .containsExactlyInAnyOrderElementsOf(input.collectAsList());
  }
#end
}
