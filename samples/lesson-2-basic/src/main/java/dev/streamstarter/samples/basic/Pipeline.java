package dev.streamstarter.samples.basic;

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

  /** Source: the unbounded input table. */
  Dataset<Row> read(SparkSession spark, JobConfig config);

  /** Transformation: the result table computed from the input table. */
  Dataset<Row> transform(Dataset<Row> input);

  /** Writer settings every sink shares: query name, output mode and checkpoint. */
  DataStreamWriter<Row> writer(Dataset<Row> result, JobConfig config);

  /** Sink and trigger: where and how often results are written; tests swap this part. */
  DataStreamWriter<Row> sink(DataStreamWriter<Row> writer, JobConfig config);

  /** Starts the query: read, transform, write. */
  default StreamingQuery start(SparkSession spark, JobConfig config) throws TimeoutException {
    Dataset<Row> result = transform(read(spark, config));
    return sink(writer(result, config), config).start();
  }
}
