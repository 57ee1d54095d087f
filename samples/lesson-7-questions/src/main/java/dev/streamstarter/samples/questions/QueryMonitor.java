package dev.streamstarter.samples.questions;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryManager;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/**
 * Prints on an interval what one would otherwise poll by hand ({@code --monitor DURATION}): the
 * active queries, and for each its status and last progress, as Spark reports them.
 */
final class QueryMonitor implements AutoCloseable {

  private final Optional<ScheduledExecutorService> timer;

  private QueryMonitor(Optional<ScheduledExecutorService> timer) {
    this.timer = timer;
  }

  /** Starts printing every {@code interval}; prints nothing when no interval is given. */
  static QueryMonitor start(
      StreamingQueryManager streams, Optional<Duration> interval, PrintStream out) {
    return new QueryMonitor(
        interval.map(
            every -> {
              ScheduledExecutorService timer =
                  Executors.newSingleThreadScheduledExecutor(
                      task -> {
                        Thread thread = new Thread(task, "query-monitor");
                        thread.setDaemon(true); // never keeps the job alive
                        return thread;
                      });
              long millis = every.toMillis();
              timer.scheduleAtFixedRate(
                  () -> out.print(report(streams.active())), millis, millis, TimeUnit.MILLISECONDS);
              return timer;
            }));
  }

  /** The report on the given queries, one block each. */
  static String report(StreamingQuery[] active) {
    StringBuilder text =
        new StringBuilder("Active queries: ")
            .append(
                String.join(
                    ", ", Arrays.stream(active).map(StreamingQuery::name).toList()))
            .append('\n');
    for (StreamingQuery query : active) {
      StreamingQueryProgress last = query.lastProgress();
      text.append("Query ")
          .append(query.name())
          .append(" status: ")
          .append(query.status().prettyJson())
          .append("\nQuery ")
          .append(query.name())
          .append(" last progress: ")
          .append(last == null ? "none yet" : last.prettyJson())
          .append('\n');
    }
    return text.toString();
  }

  @Override
  public void close() {
    timer.ifPresent(ScheduledExecutorService::shutdownNow);
  }
}
