package dev.streamstarter.samples.external;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The database a JDBC sink writes to: the job must be able to log in. Without this check a wrong
 * address or password shows only when the first batch with data is written.
 *
 * @param url JDBC URL of the database
 * @param user database user
 * @param password database password (never printed)
 */
record DatabaseLogin(String url, String user, String password) implements Preflight.Need {

  private static final int TIMEOUT_SECONDS = 10;

  @Override
  public Optional<String> problem() {
    DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      return Optional.empty();
    } catch (SQLException e) {
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
      return Optional.of("--jdbc-url " + url + ": cannot log in as '" + user + "' (" + why + ");"
          + " check --jdbc-url, --jdbc-user and the " + JobConfig.JDBC_PASSWORD_VARIABLE
          + " environment variable, and that the database runs (docker-compose up -d starts the"
          + " project's own)");
    }
  }

  /** Like the record's own, but never prints the password. */
  @Override
  public String toString() {
    return "DatabaseLogin[url=" + url + ", user=" + user + "]";
  }
}
