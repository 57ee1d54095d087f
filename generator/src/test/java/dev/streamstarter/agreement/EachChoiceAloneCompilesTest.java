package dev.streamstarter.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.OptionValue;
import dev.streamstarter.catalog.ValueKind;
import dev.streamstarter.spec.FlatOptions;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value that {@code list} enumerates, chosen alone (defaults follow it), generates a project
 * whose job compiles: all of them in one javac run, each project in a package of its own. The
 * Cassandra sink's job is generated but not compiled here, as this module's classpath has no
 * Cassandra connector: the coverage projects and lesson 4 build it with its own.
 */
class EachChoiceAloneCompilesTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Generator GENERATOR = new Generator(CATALOG);

    @Test
    void everyEnumeratedValueAloneGeneratesAJobThatCompiles(@TempDir Path work) throws Exception {
        long start = System.nanoTime();
        Path sources = work.resolve("src");
        List<String> generated = new ArrayList<>();
        for (OptionDef option : CATALOG.options()) {
            if (option.kind() != ValueKind.ENUM) {
                continue;
            }
            for (OptionValue value : option.values()) {
                // Its own package, so that one javac run holds every project.
                String pkg = "alone.v" + generated.size();
                Path project = work.resolve("p" + generated.size());
                GENERATOR.generate(FlatOptions.read(CATALOG, Map.of(option.id(), value.id(), "package", pkg)),
                        project, false);
                if (!value.id().equals("cassandra")) {
                    copyTree(project.resolve("src/main/java"), sources);
                }
                generated.add(option.id() + "=" + value.id());
            }
        }

        try (URLClassLoader classes = SourceTreeCompiler.compile(sources, work.resolve("classes"))) {
            for (int i = 0; i < generated.size(); i++) {
                if (!generated.get(i).equals("sink=cassandra")) {
                    assertThat(classes.getResource("alone/v" + i + "/StreamingJob.class"))
                            .as("the job of %s", generated.get(i)).isNotNull();
                }
            }
        }
        System.out.printf("Alone: %d enumerated values, each chosen alone: all generated, all but --sink cassandra"
                + " compiled here, in %d s%n", generated.size(), (System.nanoTime() - start) / 1_000_000_000);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }
}
