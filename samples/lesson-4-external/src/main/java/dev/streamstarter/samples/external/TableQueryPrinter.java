package dev.streamstarter.samples.external;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.SparkSession;
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

  private final SparkSession spark;
  private final Map<String, List<String>> queriesByQueryName = new HashMap<>();
  /** The last batch each query's tables were printed after; idle progress repeats it. */
  private final Map<String, Long> printedAfter = new ConcurrentHashMap<>();

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
    List<String> queries = queriesByQueryName.get(progress.name());
    Long before = queries == null ? null : printedAfter.put(progress.name(), progress.batchId());
    if (queries == null || Long.valueOf(progress.batchId()).equals(before)) {
      return;
    }
    for (String query : queries) {
      System.out.println("-------------------------------------------");
      System.out.println("Query after batch " + progress.batchId() + ": " + query);
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
