package ${project.package};

import static org.apache.spark.sql.functions.*;

#if($pipeline.isAggregation || $pipeline.isDeduplication)
import java.util.List;
#end
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The ${pipeline.name} transformation: pure, so it works on static and streaming input alike. */
public final class ${pipeline.className}Transformation {

#if($pipeline.isAggregation)
  /** Columns a result row is unique by#if($pipeline.isWindowed) (the window, then the group keys)#end. */
  static final List<String> RESULT_KEYS = List.of(#foreach($k in $pipeline.resultKeysJava)${k}#if($foreach.hasNext), #end#end);

#end
#if($pipeline.isDeduplication)
  /** Columns that identify a duplicate. */
  static final List<String> KEYS = List.of(#foreach($k in $pipeline.keysJava)${k}#if($foreach.hasNext), #end#end);

#end
  private ${pipeline.className}Transformation() {}

#if($pipeline.isJoin)
  /** Returns the ${pipeline.joinType} join of the input table with the other side. */
  public static Dataset<Row> apply(Dataset<Row> input, Dataset<Row> other) {
    return join(prepare(input), prepareOther(other));
  }
#else
  /** Returns the result table computed from the input table. */
  public static Dataset<Row> apply(Dataset<Row> input) {
#if($pipeline.isAggregation)
    return aggregate(prepare(input));
#elseif($pipeline.isDeduplication)
    return deduplicate(prepare(input));
#else
    return prepare(input);
#end
  }
#end

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
#if($pipeline.isGlobalAggregation)

  /** Aggregate: one row over all input. */
  static Dataset<Row> aggregate(Dataset<Row> rows) {
    return rows.agg(
#foreach($a in $pipeline.aggregationsJava)
        expr(${a})#if($foreach.hasNext),#else);#end
#end
  }
#elseif($pipeline.isAggregation)

  /** Aggregate: one row per #if($pipeline.isWindowed)window and #{end}group key. */
  static Dataset<Row> aggregate(Dataset<Row> rows) {
    return rows
#if($pipeline.isWindowed)
        // Window: ${pipeline.windowDescription}.
#end
        .groupBy(
#foreach($g in $pipeline.groupingJava)
            ${g}#if($foreach.hasNext),#else)#end
#end
        .agg(
#foreach($a in $pipeline.aggregationsJava)
            expr(${a})#if($foreach.hasNext),#else);#end
#end
  }
#elseif($pipeline.isJoin)

  /** The other side as the join uses it#if($pipeline.hasOtherWatermark): watermarked#end, keys renamed so names stay unique. */
  static Dataset<Row> prepareOther(Dataset<Row> other) {
    return other
#if($pipeline.hasOtherWatermark)
        // Watermark: state for rows of this side further behind than this is dropped.
        .withWatermark(${pipeline.otherEventTimeJava}, ${pipeline.otherWatermarkJava})
#end
#foreach($k in $pipeline.joinKeys)
        .withColumnRenamed(${k.keyJava}, ${k.otherJava})#if(!$foreach.hasNext);#end
#end
  }

  /** Join: ${pipeline.joinType} on the keys#if($pipeline.hasTimeRange), within the time range#end. */
  static Dataset<Row> join(Dataset<Row> rows, Dataset<Row> other) {
#if($pipeline.isSemiJoin)
    return rows.join(
        other,
        expr(${pipeline.joinConditionJava}),
        ${pipeline.joinTypeJava});
#else
    return rows
        .join(
            other,
            expr(${pipeline.joinConditionJava}),
            ${pipeline.joinTypeJava})
        // One column per key, from whichever side has the row.
#foreach($k in $pipeline.joinKeys)
        .withColumn(${k.keyJava}, coalesce(col(${k.keyJava}), col(${k.otherJava})))
        .drop(${k.otherJava})#if(!$foreach.hasNext);#end
#end
#end
  }
#elseif($pipeline.isDeduplication)

  /** Deduplicate: the first row per key is kept, later ones with the same key are dropped. */
  static Dataset<Row> deduplicate(Dataset<Row> rows) {
#if($pipeline.hasWatermark)
    String[] keys = KEYS.toArray(String[]::new);
    // Streaming: keys are remembered only until the watermark passes them, which bounds the
    // state. A static table has no watermark (Spark refuses it there): all of it is "within".
    return rows.isStreaming() ? rows.dropDuplicatesWithinWatermark(keys) : rows.dropDuplicates(keys);
#else
    return rows.dropDuplicates(KEYS.toArray(String[]::new));
#end
  }
#end
}
