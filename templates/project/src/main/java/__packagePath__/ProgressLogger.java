package ${project.package};

## A join whose other side's lines are parsed counts their bad ones in a metric of its own.
#set($joinsParse = false)
#foreach($p in $pipelines)#if($p.parsesOther)#set($joinsParse = true)#end#end
#if($joinsParse)
import java.util.ArrayList;
import java.util.List;
#end
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one concise line per micro-batch of every query in the session. */
public final class ProgressLogger extends StreamingQueryListener {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressLogger.class);
  // The metric a pipeline observes when its source counts records that do not fit (BadRecords).
  private static final String BAD_RECORDS = "bad_records";
#if($joinsParse)
  // And the one a join counts its other side's in.
  private static final String OTHER_BAD_RECORDS = "other_bad_records";
#end

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

  /**
   * Formats a progress report as one line, e.g. for a log or a test failure message: the rows
   * and rates of lesson 3's lastProgress, the state and where the batch's time went.
   */
  static String describe(StreamingQueryProgress progress) {
    long stateRows = 0;
    long stateBytes = 0;
    for (StateOperatorProgress operator : progress.stateOperators()) {
      stateRows += operator.numRowsTotal();
      stateBytes += operator.memoryUsedBytes();
    }
    return String.format(
        Locale.ROOT,
        "%s: batch %d, %d input rows%s, %.1f input rows/s, %.1f processed rows/s,"
            + " %d state rows in %.1f KiB, watermark %s, %d ms (%s)",
        progress.name(),
        progress.batchId(),
        progress.numInputRows(),
        badRecords(progress),
        progress.inputRowsPerSecond(),
        progress.processedRowsPerSecond(),
        stateRows,
        stateBytes / 1024.0,
        progress.eventTime().getOrDefault("watermark", "none"),
        progress.batchDuration(),
        durations(progress.durationMs()));
  }

#if($joinsParse)
  /**
   * " (2 bad)": how many of the input rows did not fit the schema, where the source counts them;
   * " (2 bad, 1 bad on the other side)" where a join counts its other side's lines too.
   */
  private static String badRecords(StreamingQueryProgress progress) {
    List<String> counts = new ArrayList<>();
    Row bad = progress.observedMetrics().get(BAD_RECORDS);
    if (bad != null) {
      counts.add(bad.getLong(0) + " bad");
    }
    Row otherBad = progress.observedMetrics().get(OTHER_BAD_RECORDS);
    if (otherBad != null) {
      counts.add(otherBad.getLong(0) + " bad on the other side");
    }
    return counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")";
  }
#else
  /** " (2 bad)": how many of the input rows did not fit the schema, where the source counts them. */
  private static String badRecords(StreamingQueryProgress progress) {
    Row bad = progress.observedMetrics().get(BAD_RECORDS);
    return bad == null ? "" : " (" + bad.getLong(0) + " bad)";
  }
#end

  /** The batch's time by phase, longest first, e.g. "addBatch 812, walCommit 31". */
  private static String durations(Map<String, Long> durationMs) {
    return durationMs.entrySet().stream()
        .filter(phase -> !phase.getKey().equals("triggerExecution")) // the whole batch
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(phase -> phase.getKey() + " " + phase.getValue())
        .collect(Collectors.joining(", "));
  }
}
