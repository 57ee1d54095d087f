package dev.streamstarter.samples.tools;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the answers of SQL queries over in-memory tables after every micro-batch of the query
 * that fills the table, in the console sink's format: a way to watch a result table while the
 * stream runs. A memory table is named after its query.
 */
final class TableQueryPrinter extends StreamingQueryListener {

  private static final Logger LOG = LoggerFactory.getLogger(TableQueryPrinter.class);
  /** Enough for a result table to read; the memory sink keeps every row in the driver anyway. */
  private static final int MOST_ROWS = 1_000;
  /** How long a done job waits for a query's last batch to be reported. */
  private static final Duration REPORT_WAIT = Duration.ofSeconds(10);

  private final SparkSession spark;
  private final Map<String, List<String>> queriesByQueryName = new HashMap<>();
  /** The last batch each query's tables were printed after. */
  private final Map<String, Long> printedAfter = new HashMap<>();

  TableQueryPrinter(SparkSession spark, List<Pipeline> pipelines) {
    this.spark = spark;
    for (Pipeline pipeline : pipelines) {
      if (!pipeline.tableQueries().isEmpty()) {
        queriesByQueryName.put(pipeline.queryName(), pipeline.tableQueries());
      }
    }
  }

  @Override
  public void onQueryProgress(QueryProgressEvent event) {
    StreamingQueryProgress progress = event.progress();
    printAfter(progress.name(), progress.batchId());
  }

  /**
   * Prints after each query's last micro-batch unless that is done: Spark tells its listeners on a
   * thread of its own, which may not get to the last batch before a job that is done stops.
   */
  void printLatest(List<StreamingQuery> queries) {
    for (StreamingQuery query : queries) {
      // The batch's progress is reported before the trigger ends.
      long deadline = System.nanoTime() + REPORT_WAIT.toNanos();
      try {
        while (query.status().isTriggerActive() && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the job is being stopped: print what is reported
      }
      if (query.lastProgress() != null) {
        printAfter(query.name(), query.lastProgress().batchId());
      }
    }
  }

  /** Synchronized: the listener's thread and the job's both print, each batch once. */
  private synchronized void printAfter(String queryName, long batchId) {
    List<String> queries = queriesByQueryName.get(queryName);
    Long before = printedAfter.get(queryName);
    // Idle progress repeats the last batch id.
    if (queries == null || before != null && before >= batchId) {
      return;
    }
    printedAfter.put(queryName, batchId);
    for (String query : queries) {
      System.out.println("-------------------------------------------");
      System.out.println("Query after batch " + batchId + ": " + query);
      System.out.println("-------------------------------------------");
      try {
        spark.sql(query).show(MOST_ROWS, false);
      } catch (RuntimeException e) {
        // A query that fails (a typo, a table not there yet) must not stop the stream.
        LOG.error("error: the table query '{}' failed: {}", query, e.getMessage());
      }
    }
  }

  @Override
  public void onQueryStarted(QueryStartedEvent event) {}

  @Override
  public void onQueryTerminated(QueryTerminatedEvent event) {}
}
