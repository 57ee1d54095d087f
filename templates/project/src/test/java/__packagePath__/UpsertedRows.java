package ${project.package};

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * Checks on the rows an upsert left in a table. Keys need not be unique within a batch (the row
 * written last wins) nor stable across batches (rows of keys no longer in the result stay), so the
 * checks are per key: one row each, and that row one of those upserted with its key.
 */
final class UpsertedRows {

  private UpsertedRows() {}

  /** The table holds exactly the keys of the rows upserted, each once, with one of their rows. */
  static void assertHoldsExactlyTheKeysOf(List<Row> table, List<Row> upserted, List<String> keys) {
    assertThat(keys(table, keys)).as("keys of the table rows").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(keys(upserted, keys).stream().distinct().toList());
    assertRowsOfTheirKeys(table, upserted, keys);
  }

  /** Every key of the rows upserted has one row in the table, one of the rows with that key. */
  static void assertHoldsEveryKeyOf(List<Row> table, List<Row> upserted, List<String> keys) {
    assertThat(keys(table, keys)).as("keys of the table rows").doesNotHaveDuplicates()
        .containsAll(keys(upserted, keys));
    assertRowsOfTheirKeys(table, upserted, keys);
  }

  /** Each table row whose key was upserted is one of the rows upserted with that key. */
  private static void assertRowsOfTheirKeys(List<Row> table, List<Row> upserted, List<String> keys) {
    Set<List<Object>> upsertedKeys = Set.copyOf(keys(upserted, keys));
    for (Row row : table) {
      if (upsertedKeys.contains(key(row, keys))) {
        assertThat(upserted).as("rows upserted with the key %s", key(row, keys)).contains(row);
      }
    }
  }

  private static List<List<Object>> keys(List<Row> rows, List<String> keys) {
    return rows.stream().map(row -> key(row, keys)).collect(Collectors.toList());
  }

  private static List<Object> key(Row row, List<String> keys) {
    return keys.stream().map(row::getAs).collect(Collectors.toList());
  }
}
