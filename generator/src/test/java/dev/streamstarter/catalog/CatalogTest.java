package dev.streamstarter.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void everyTemplateInTheTreesIsListedAndEveryListedTemplateExists() throws IOException {
        Path templates = Path.of("../templates");
        try (Stream<Path> files = Files.walk(templates)) {
            var onDisk = files.filter(Files::isRegularFile)
                    .map(path -> templates.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> path.startsWith("project/") || path.matches("kinds/[^/]+/[^/]+/files/.*"))
                    .sorted().toList();
            // A template may render two files (an exercise's solution is the finished transformation).
            assertThat(CATALOG.files().stream().map(TemplateFile::template).distinct())
                    .containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void kindsComposeTheirValuesAndOptionsInRegistryOrder() {
        assertThat(CATALOG.option("source").orElseThrow().valueIds()).containsExactly("file", "socket", "rate", "kafka");
        assertThat(CATALOG.option("sink").orElseThrow().valueIds())
                .containsExactly("console", "memory", "file", "foreach", "kafka", "jdbc", "cassandra");
        var ids = CATALOG.options().stream().map(OptionDef::id).toList();
        assertThat(ids.subList(ids.indexOf("sink"), ids.indexOf("sink") + 4))
                .containsExactly("sink", "memoryTable", "tableQueries", "sinkFormat");
        assertThat(CATALOG.files()).filteredOn(file -> file.path().endsWith("/JdbcUpsertSink.java"))
                .singleElement().satisfies(file -> assertThat(file.when().tests()).containsEntry("sink", List.of("jdbc")));
    }

    @Test
    void everyDefaultIsAnAllowedValue() {
        for (OptionDef option : CATALOG.options()) {
            if (option.kind() == ValueKind.ENUM) {
                assertThat(option.valueIds()).as(option.id()).contains(option.defaultValue());
            }
        }
    }

    @Test
    void everyRuleNamesItsOptionsAndHasAFix() {
        for (RuleDef rule : CATALOG.rules()) {
            assertThat(rule.message()).as(rule.id()).contains("--");
            assertThat(rule.fix()).as(rule.id()).isNotBlank();
            assertThat(rule.when().tests()).as(rule.id()).isNotEmpty();
        }
    }

    @Test
    void flagsAreTheIdsInKebabCase() {
        assertThat(CATALOG.option("outputMode").orElseThrow().flag()).isEqualTo("--output-mode");
        assertThat(CATALOG.option("maxFilesPerTrigger").orElseThrow().flag()).isEqualTo("--max-files-per-trigger");
    }
}
