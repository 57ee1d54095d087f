package dev.streamstarter.samples.join;

import static dev.streamstarter.samples.join.SparkTestSupport.seq;
import static dev.streamstarter.samples.join.SparkTestSupport.spark;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.execution.streaming.MemoryStream;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import scala.Option;

class ProgressLoggerTest {

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void describesABatchInOneLine() throws Exception {
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    StreamingQuery query =
        input
            .toDF()
            .groupBy("value")
            .count()
            .writeStream()
            .queryName("progress_test")
            .outputMode("update")
            .format("memory")
            .start();
    input.addData(seq(List.of("a", "b", "a")));
    query.processAllAvailable();

    assertThat(ProgressLogger.describe(query.lastProgress()))
        .matches(
            "progress_test: batch 0, 3 input rows, [0-9.]+ input rows/s, [0-9.]+ processed rows/s,"
                + " 2 state rows in [0-9.]+ KiB, watermark none, [0-9]+ ms \\(\\w+ [0-9]+(, \\w+ [0-9]+)*\\)")
        .doesNotContain("\n");
  }

  @Test
  void countsTheBadRecordsABatchObserved() throws Exception {
    MemoryStream<String> input =
        new MemoryStream<>(2, spark().sqlContext(), Option.empty(), Encoders.STRING());
    StreamingQuery query =
        input
            .toDF()
            .observe("bad_records", count(when(col("value").equalTo("bad"), true)).as("count"))
            .writeStream()
            .queryName("progress_bad_records_test")
            .format("memory")
            .start();
    input.addData(seq(List.of("good", "bad", "good", "bad", "bad")));
    query.processAllAvailable();

    assertThat(ProgressLogger.describe(query.lastProgress()))
        .startsWith("progress_bad_records_test: batch 0, 5 input rows (3 bad), ");
  }

  @Test
  void countsTheBadLinesOfAJoinsOtherSideApart() throws Exception {
    MemoryStream<String> input =
        new MemoryStream<>(3, spark().sqlContext(), Option.empty(), Encoders.STRING());
    StreamingQuery query =
        input
            .toDF()
            .observe("bad_records", count(when(col("value").equalTo("bad"), true)).as("count"))
            .observe("other_bad_records", count(when(col("value").equalTo("other bad"), true)).as("count"))
            .writeStream()
            .queryName("progress_other_bad_records_test")
            .format("memory")
            .start();
    input.addData(seq(List.of("good", "bad", "other bad", "other bad")));
    query.processAllAvailable();

    assertThat(ProgressLogger.describe(query.lastProgress()))
        .startsWith("progress_other_bad_records_test: batch 0, 4 input rows (1 bad, 2 bad on the other side), ");
  }
}
