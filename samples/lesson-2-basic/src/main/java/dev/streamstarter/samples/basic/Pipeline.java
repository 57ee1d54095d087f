package dev.streamstarter.samples.basic;

import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.StreamingQuery;

/** One streaming query of the job: source, transformation, writer settings, sink and trigger. */
public interface Pipeline {

  /** Name of the pipeline, also its input and checkpoint folder. */
  String name();

  /** Name of its streaming query, as progress reports and the Spark UI show it. */
  String queryName();

  /** What the pipeline needs from outside, checked before the job starts Spark (Preflight). */
  default List<Preflight.Need> needs(JobConfig config) {
    return List.of();
  }

  /** Source and transformation: the result table computed from what the pipeline reads. */
  Dataset<Row> result(SparkSession spark, JobConfig config);

  /** The result rows as the sink takes them; only a Kafka sink reshapes them (key, value). */
  default Dataset<Row> records(Dataset<Row> result) {
    return result;
  }

  /** Writer settings every sink shares: query name, output mode and checkpoint. */
  DataStreamWriter<Row> writer(Dataset<Row> result, JobConfig config);

  /** Sink and trigger: where and how often results are written; tests swap this part. */
  DataStreamWriter<Row> sink(DataStreamWriter<Row> writer, JobConfig config);

  /** Starts the query: read, transform, write. */
  default StreamingQuery start(SparkSession spark, JobConfig config) throws TimeoutException {
    return sink(writer(records(result(spark, config)), config), config).start();
  }

  /**
   * Starts the queries that keep the records that do not fit a schema (--bad-records
   * dead-letter), the source's and a join's other side's, beside the pipeline's own; none here.
   */
  default List<StreamingQuery> startDeadLetters(SparkSession spark, JobConfig config)
      throws TimeoutException {
    return List.of();
  }
}
