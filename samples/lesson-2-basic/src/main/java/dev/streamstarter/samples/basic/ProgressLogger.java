package dev.streamstarter.samples.basic;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one concise line per micro-batch of every query in the session. */
public final class ProgressLogger extends StreamingQueryListener {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressLogger.class);

  @Override
  public void onQueryStarted(QueryStartedEvent event) {
    LOG.info("{}: started, run {}", event.name(), event.runId());
  }

  @Override
  public void onQueryProgress(QueryProgressEvent event) {
    LOG.info(describe(event.progress()));
  }

  @Override
  public void onQueryTerminated(QueryTerminatedEvent event) {
    if (event.exception().isDefined()) {
      LOG.error("run {}: failed: {}", event.runId(), event.exception().get());
    } else {
      LOG.info("run {}: stopped", event.runId());
    }
  }

  /** Formats a progress report as one line, e.g. for a log or a test failure message. */
  static String describe(StreamingQueryProgress progress) {
    long stateRows =
        Arrays.stream(progress.stateOperators())
            .mapToLong(StateOperatorProgress::numRowsTotal)
            .sum();
    return String.format(
        Locale.ROOT,
        "%s: batch %d, %d input rows, %.1f rows/s, %d state rows, watermark %s, %d ms",
        progress.name(),
        progress.batchId(),
        progress.numInputRows(),
        progress.processedRowsPerSecond(),
        stateRows,
        progress.eventTime().getOrDefault("watermark", "none"),
        progress.batchDuration());
  }
}
