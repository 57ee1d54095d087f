package dev.streamstarter.samples.external;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The table a JDBC sink upserts into, and how to reach it. Serializable: executors open their
 * own connections with it.
 *
 * @param url JDBC URL of the database
 * @param user database user
 * @param password database password (from the environment, never printed)
 * @param table table name
 * @param keys columns a row is unique by: the primary key of the table
 */
public record JdbcTarget(String url, String user, String password, String table, List<String> keys)
    implements Serializable {

  public JdbcTarget {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(table, "table");
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("table " + table + ": an upsert needs at least one key column");
    }
  }

  /** The job's database settings, for one table. */
  public static JdbcTarget of(JobConfig config, String table, List<String> keys) {
    return new JdbcTarget(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(), table, keys);
  }

  /** Like the record's own, but never prints the password. */
  @Override
  public String toString() {
    return "JdbcTarget[url=" + url + ", user=" + user + ", table=" + table + ", keys=" + keys + "]";
  }
}
