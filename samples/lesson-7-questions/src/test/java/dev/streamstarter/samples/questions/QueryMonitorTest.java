package dev.streamstarter.samples.questions;

import static dev.streamstarter.samples.questions.SparkTestSupport.seq;
import static dev.streamstarter.samples.questions.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.execution.streaming.MemoryStream;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import scala.Option;

class QueryMonitorTest {

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void reportsEachActiveQuerysStatusAndLastProgress() throws Exception {
    MemoryStream<String> input =
        new MemoryStream<>(1, spark().sqlContext(), Option.empty(), Encoders.STRING());
    StreamingQuery query =
        input
            .toDF()
            .writeStream()
            .queryName("monitor_test")
            .format("memory")
            .start();
    input.addData(seq(List.of("a", "b")));
    query.processAllAvailable();

    String report = QueryMonitor.report(spark().streams().active());

    assertThat(report)
        .startsWith("Active queries: monitor_test\n")
        .contains("Query monitor_test status: {")
        .contains("\"isDataAvailable\" :")
        .contains("Query monitor_test last progress: {")
        .contains("\"numInputRows\" : 2");
  }
}
