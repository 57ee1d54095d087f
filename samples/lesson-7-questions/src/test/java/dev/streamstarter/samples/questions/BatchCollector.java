package dev.streamstarter.samples.questions;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;

/** A foreachBatch test sink that keeps each micro-batch's rows, by batch id. */
final class BatchCollector {

  private final SortedMap<Long, List<Row>> batches = new ConcurrentSkipListMap<>();

  /** Points the writer at this collector; unlike the memory sink it can resume a checkpoint. */
  DataStreamWriter<Row> into(DataStreamWriter<Row> writer) {
    return writer.foreachBatch(
        (VoidFunction2<Dataset<Row>, Long>) (batch, id) -> batches.put(id, batch.collectAsList()));
  }

  Map<Long, List<Row>> batches() {
    return batches;
  }

  /** The rows of the last batch, empty when there was none. */
  List<Row> lastBatch() {
    return batches.isEmpty() ? List.of() : batches.get(batches.lastKey());
  }

  /** Every row of every batch, in batch order. */
  List<Row> rows() {
    return batches.values().stream().flatMap(List::stream).toList();
  }
}
