package dev.streamstarter.samples.basic;

import static dev.streamstarter.samples.basic.SparkTestSupport.eventually;
import static dev.streamstarter.samples.basic.SparkTestSupport.spark;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the job's own source, transformation and writer over the bundled sample. */
class WordCountPipelineTest {

  private final WordCountPipeline pipeline = new WordCountPipeline();

  @AfterEach
  void stopQueries() throws Exception {
    SparkTestSupport.stopActiveQueries();
  }

  @Test
  void countsTheBundledLinesSentOverARealSocketAfterEveryLine(@TempDir Path root) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(60_000);
      JobConfig config =
          JobConfig.parse(
              "--checkpoint-root", root.toString(),
              "--socket-host", "127.0.0.1",
              "--socket-port", String.valueOf(server.getLocalPort()));

      // The job's own source, transformation and writer; a collector takes the sink's place.
      Dataset<Row> result = pipeline.result(spark(), config);
      BatchCollector emitted = new BatchCollector();
      emitted.into(pipeline.writer(result, config)).start();

      try (Socket spark = server.accept();
          PrintWriter out =
              new PrintWriter(spark.getOutputStream(), true, StandardCharsets.UTF_8)) {
        List<String> sent = new ArrayList<>();
        for (String line : WordCountTestData.bundledLines()) {
          out.println(line);
          sent.add(line);
          List<Row> expected = WordCountTestData.expected(sent);

          eventually(
              () ->
                  assertThat(WordCountTestData.resultSoFar(emitted))
                      .as("result after %d lines", sent.size())
                      .containsExactlyInAnyOrderElementsOf(expected));
        }
      }
    }
  }
}
