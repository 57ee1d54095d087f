package ${project.package};

## Each pattern kind fills the slots of this class from its folder
## (kinds/pattern/<kind>/parts/transformation/<slot>.vm): its constants, the statement apply
## returns (or a whole apply method of its own) and the steps after prepare.
#imports("transformation", ["static org.apache.spark.sql.functions.*", "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row"])

/** The ${pipeline.name} transformation: pure, so it works on static and streaming input alike. */
public final class ${pipeline.className}Transformation {

#part("transformation/constants")
  private ${pipeline.className}Transformation() {}

#if($exercise)
  /**
   * TODO (exercise): return the ${pipeline.pattern} that the README's table describes, of
#if($pipeline.isJoin)
   * {@code prepare(input)} and {@code prepareOther(other)}.
#else
   * {@code prepare(input)}.
#end
   * ${pipeline.className}TransformationTest and the other tests say what it must return.
   */
  public static Dataset<Row> apply(Dataset<Row> input#if($pipeline.isJoin), Dataset<Row> other#end) {
    throw new UnsupportedOperationException("TODO (exercise): write ${pipeline.className}Transformation.apply,"
        + " the ${pipeline.pattern} of the prepared input; the tests say what it must return");
  }
#elseif($pipeline.parts.has("transformation/apply"))
#part("transformation/apply")
#else
  /** Returns the result table computed from the input table. */
  public static Dataset<Row> apply(Dataset<Row> input) {
#if($pipeline.parts.has("transformation/result"))
#part("transformation/result")
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
#part("transformation/preparation")
#if(!$exercise)
#part("transformation/steps")
#end
}
