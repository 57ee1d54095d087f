package ${project.package};

#projectImports("embedded-database", ["java.io.IOException", "java.sql.Connection", "java.sql.DriverManager", "java.sql.ResultSet", "java.sql.SQLException", "java.sql.Statement", "java.util.ArrayList", "java.util.List"])

#projectPart("embedded-database/description")
public final class EmbeddedDatabase implements AutoCloseable {

#projectPart("embedded-database/server")

  /** Runs a statement that returns no rows. */
  public void execute(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The result of a query: column names, and every row as the list of its values. */
  public Table select(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        columns.add(rows.getMetaData().getColumnLabel(i));
      }
      List<List<Object>> values = new ArrayList<>();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          row.add(rows.getObject(i));
        }
        values.add(row);
      }
      return new Table(columns, values);
    }
  }

  /** Rows a query returned, with the names of their columns. */
  public record Table(List<String> columns, List<List<Object>> rows) {}

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, "");
  }

  @Override
  public void close() throws IOException {
#projectPart("embedded-database/stop")
  }
}
