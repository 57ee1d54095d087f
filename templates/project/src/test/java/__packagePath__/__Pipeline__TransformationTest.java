package ${project.package};

import static ${project.package}.${pipeline.className}TestData.bundledLines;
import static ${project.package}.${pipeline.className}TestData.rows;
import static org.assertj.core.api.Assertions.assertThat;
#if($pipeline.isPassthrough && $pipeline.hasFilter)
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.not;
#end

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ${pipeline.className}TransformationTest {

  @Test
  void theBundledInputGivesAResult() throws Exception {
    Dataset<Row> result = ${pipeline.className}Transformation.apply(rows(bundledLines()));

    assertThat(result.count()).as("rows the bundled sample gives").isPositive();
  }
#if($pipeline.isGroupedAggregation)

  @Test
  void theResultHasExactlyOneRowPerGroupKeyOfTheInput() throws Exception {
    Dataset<Row> input = rows(bundledLines());
    String[] keys = ${pipeline.className}Transformation.GROUP_BY.toArray(String[]::new);

    Dataset<Row> result = ${pipeline.className}Transformation.apply(input);

    long distinctKeys =
        ${pipeline.className}Transformation.prepare(input).selectExpr(keys).distinct().count();
    assertThat(result.columns()).startsWith(keys);
    assertThat(result.count()).isEqualTo(distinctKeys);
    assertThat(result.selectExpr(keys).distinct().count()).isEqualTo(distinctKeys);
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
