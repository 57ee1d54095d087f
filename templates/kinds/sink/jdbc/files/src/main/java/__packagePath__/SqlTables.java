package ${project.package};

import java.sql.SQLException;
import java.sql.Statement;

/** Tables that several writers may create at the same moment: partitions, or jobs on one database. */
final class SqlTables {

  private SqlTables() {}

  /**
   * Runs a {@code CREATE TABLE IF NOT EXISTS}. Two at once race in PostgreSQL: the second fails on
   * a duplicate key in the catalog once the first commits, and run again it finds the table. Any
   * other error fails again and is thrown.
   */
  static void createIfAbsent(Statement statement, String createIfNotExists) throws SQLException {
    try {
      statement.execute(createIfNotExists);
    } catch (SQLException raced) {
      statement.execute(createIfNotExists);
    }
  }
}
