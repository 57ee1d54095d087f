package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.catalog.Catalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartsTest {

    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void aConditionalImportComesOnlyWhereItsFactHolds() {
        String deadLetters = imports(Map.of("source", List.of("kafka"), "badRecords", List.of("dead-letter")));
        String dropped = imports(Map.of("source", List.of("kafka"), "badRecords", List.of("drop")));

        assertThat(deadLetters).contains("import java.util.Optional;\n", "import static org.apache.spark.sql.functions.struct;\n")
                .doesNotContain("[");
        assertThat(dropped).doesNotContain("java.util.Optional", "functions.struct", "[")
                .contains("import static org.apache.spark.sql.functions.col;\n");
    }

    private static String imports(Map<String, List<String>> facts) {
        return new Parts(CATALOG.kindsOf(facts), "com.example", facts).imports("pipeline", List.of());
    }
}
