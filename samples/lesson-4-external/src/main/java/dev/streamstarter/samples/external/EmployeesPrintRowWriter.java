package dev.streamstarter.samples.external;

import org.apache.spark.sql.ForeachWriter;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The employees-print sink: Spark calls open once per partition and epoch, process for every row,
 * then close. Replace the logging with writes to your store; open is where a connection is made
 * and where an epoch already written can be skipped, since a restart may replay it.
 */
public final class EmployeesPrintRowWriter extends ForeachWriter<Row> {

  private static final Logger LOG = LoggerFactory.getLogger(EmployeesPrintRowWriter.class);

  private long partitionId;
  private long epochId;
  private long rows;

  @Override
  public boolean open(long partitionId, long epochId) {
    this.partitionId = partitionId;
    this.epochId = epochId;
    this.rows = 0;
    return true; // false would skip this partition of this epoch
  }

  @Override
  public void process(Row row) {
    rows++;
    LOG.info("employees-print epoch {} partition {}: {}", epochId, partitionId, row);
  }

  @Override
  public void close(Throwable error) {
    if (error != null) {
      LOG.error("employees-print epoch {} partition {} failed after {} rows", epochId, partitionId, rows, error);
    }
  }
}
