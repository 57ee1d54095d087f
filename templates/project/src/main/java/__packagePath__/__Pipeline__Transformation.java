package ${project.package};

import static org.apache.spark.sql.functions.*;

#if($pipeline.isGroupedAggregation)
import java.util.List;
import org.apache.spark.sql.Column;
#end
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
#if($pipeline.isGroupedAggregation)
import org.apache.spark.sql.functions;
#end

/** The ${pipeline.name} transformation: pure, so it works on static and streaming input alike. */
public final class ${pipeline.className}Transformation {

#if($pipeline.isGroupedAggregation)
  /** Group keys of the aggregation; a result row is unique per key. */
  static final List<String> GROUP_BY = List.of(#foreach($k in $pipeline.groupByJava)${k}#if($foreach.hasNext), #end#end);

#end
  private ${pipeline.className}Transformation() {}

  /** Returns the result table computed from the input table. */
  public static Dataset<Row> apply(Dataset<Row> input) {
#if($pipeline.isGroupedAggregation)
    return aggregate(prepare(input));
#else
    return prepare(input);
#end
  }

  /** The rows the pattern works on: selected, filtered and watermarked input. */
  static Dataset<Row> prepare(Dataset<Row> input) {
#if($pipeline.prepareIsIdentity)
    return input;
#else
    return input
#if($pipeline.hasSelects)
        // Select: derive the columns the later steps use.
        .selectExpr(
#foreach($s in $pipeline.selectsJava)
            ${s}#if($foreach.hasNext),#else)#if($pipeline.selectEndsPrepare);#end#end
#end
#end
#if($pipeline.hasFilter)
        // Filter: keep the rows that meet the condition.
        .filter(expr(${pipeline.filterJava}))#if($pipeline.filterEndsPrepare);#end
#end
#if($pipeline.hasWatermark)
        // Watermark: state for events further behind the newest than this is dropped.
        .withWatermark(${pipeline.eventTimeJava}, ${pipeline.watermarkJava});
#end
#end
  }
#if($pipeline.isGroupedAggregation)

  /** Aggregate: one row per group key. */
  static Dataset<Row> aggregate(Dataset<Row> rows) {
    return rows
        .groupBy(GROUP_BY.stream().map(functions::col).toArray(Column[]::new))
        .agg(
#foreach($a in $pipeline.aggregationsJava)
            expr(${a})#if($foreach.hasNext),#else);#end
#end
  }
#end
}
