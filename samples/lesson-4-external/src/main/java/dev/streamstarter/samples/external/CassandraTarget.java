package dev.streamstarter.samples.external;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Cassandra table a Cassandra sink writes, and the node it connects to first (the connector
 * finds the rest of the cluster from there).
 *
 * @param host {@code host:port} of a Cassandra node's native transport
 * @param keyspace keyspace of the table
 * @param table table name
 * @param primaryKey the table's primary key: the first column the partition key, the others
 *     clustering columns
 */
public record CassandraTarget(String host, String keyspace, String table, List<String> primaryKey)
    implements Serializable {

  public CassandraTarget {
    Objects.requireNonNull(keyspace, "keyspace");
    Objects.requireNonNull(table, "table");
    if (!host.matches("[^:,\\s]+:\\d{1,5}")) {
      throw new IllegalArgumentException("Cassandra host '" + host + "' is not host:port");
    }
    primaryKey = List.copyOf(primaryKey);
    if (primaryKey.isEmpty()) {
      throw new IllegalArgumentException(
          "table " + keyspace + "." + table + ": a Cassandra table needs at least one primary key column");
    }
  }

  /** The table with the job's --cassandra-host, or the pipeline's own node without it. */
  public static CassandraTarget of(
      JobConfig config, String host, String keyspace, String table, List<String> primaryKey) {
    return new CassandraTarget(config.cassandraHost().orElse(host), keyspace, table, primaryKey);
  }

  /** Where the connector connects: this node's host and port. */
  public Map<String, String> connection() {
    int colon = host.lastIndexOf(':');
    return Map.of(
        "spark.cassandra.connection.host", host.substring(0, colon),
        "spark.cassandra.connection.port", host.substring(colon + 1));
  }

  /**
   * The connector's options for this table: the connection and the table. Settings given to
   * spark-submit with --conf (spark.cassandra.auth.username, ...) still apply; these win.
   */
  public Map<String, String> options() {
    Map<String, String> options = new HashMap<>(connection());
    options.put("keyspace", keyspace);
    options.put("table", table);
    return options;
  }
}
