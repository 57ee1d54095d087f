package dev.streamstarter.samples.questions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** One SparkSession shared by every test in the JVM, plus helpers for streaming results. */
final class SparkTestSupport {

  private static final Duration EVENTUALLY_TIMEOUT = Duration.ofSeconds(30);

  private static SparkSession spark;

  private SparkTestSupport() {}

  /**
   * The shared local session: the job's Spark settings, but two cores, two shuffle partitions,
   * no UI, loopback only, and no code generation. Each new query plan would compile its own Java
   * code, which takes longer than running a test's few rows interpreted (a quarter of a project's
   * test time, measured); Spark's own tests run both ways, and the results are the same.
   */
  static synchronized SparkSession spark() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("test")
              .config("spark.sql.streaming.forceDeleteTempCheckpointLocation", "true")
              .config("spark.sql.shuffle.partitions", 2)
              .config("spark.sql.session.timeZone", "Asia/Seoul")
              .config("spark.ui.enabled", false)
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.codegen.wholeStage", false)
              .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
              .getOrCreate();
    }
    return spark;
  }

  /** Stops whatever queries a test left running, so the next test starts clean. */
  static void stopActiveQueries() throws TimeoutException {
    for (StreamingQuery query : spark().streams().active()) {
      query.stop();
    }
  }

  /** Folds update-mode output in arrival order: for each key the latest row wins. */
  static List<Row> latestPerKey(List<Row> updates, List<String> keys) {
    Map<List<Object>, Row> latest = new LinkedHashMap<>();
    for (Row row : updates) {
      latest.put(keys.stream().map(row::getAs).toList(), row);
    }
    return new ArrayList<>(latest.values());
  }

  /** Retries an assertion until it holds or 30 seconds have passed (for sources that push). */
  static void eventually(Runnable assertion) throws InterruptedException {
    long deadline = System.nanoTime() + EVENTUALLY_TIMEOUT.toNanos();
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  /** A Scala Seq for Scala APIs such as {@code MemoryStream.addData}. */
  static <T> Seq<T> seq(List<T> values) {
    return JavaConverters.asScalaBuffer(values).toSeq();
  }
}
