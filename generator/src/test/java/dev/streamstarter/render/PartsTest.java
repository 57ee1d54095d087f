package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.catalog.Catalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartsTest {

    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void aConditionalImportComesOnlyWhereItsFactHolds() {
        String deadLetters = imports(Map.of("source", List.of("kafka"), "badRecords", List.of("dead-letter")));
        String dropped = imports(Map.of("source", List.of("kafka"), "badRecords", List.of("drop")));

        assertThat(deadLetters).contains("import org.apache.spark.sql.Column;\n", "import static org.apache.spark.sql.functions.struct;\n")
                .doesNotContain("[");
        assertThat(dropped).doesNotContain("sql.Column;", "functions.struct", "[")
                .contains("import static org.apache.spark.sql.functions.col;\n");
    }

    @Test
    void anImportForSeveralValuesComesWhereTheFactHasAnyOfThem() {
        Map<String, List<String>> join = Map.of("source", List.of("rate"), "pattern", List.of("stream-static-join"));
        String parsed = imports(with(join, "badRecords", "drop"));
        String unparsed = imports(with(join, "badRecords", "none"));

        assertThat(parsed).contains("import static org.apache.spark.sql.functions.concat;\n").doesNotContain("[");
        assertThat(unparsed).doesNotContain("functions.concat", "[");
    }

    private static Map<String, List<String>> with(Map<String, List<String>> facts, String fact, String value) {
        Map<String, List<String>> all = new HashMap<>(facts);
        all.put(fact, List.of(value));
        return all;
    }

    private static String imports(Map<String, List<String>> facts) {
        return new Parts(CATALOG.kindsOf(facts), "com.example", facts).imports("pipeline", List.of());
    }
}
