package dev.streamstarter.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final Catalog CATALOG = Catalog.standard();

    @Test
    void everyTemplateInTheTreeIsListedAndEveryListedTemplateExists() throws IOException {
        Path tree = Path.of("../templates/project");
        try (Stream<Path> files = Files.walk(tree)) {
            var onDisk = files.filter(Files::isRegularFile)
                    .map(path -> tree.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
            assertThat(CATALOG.files()).extracting(TemplateFile::path).containsExactlyInAnyOrderElementsOf(onDisk);
        }
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
