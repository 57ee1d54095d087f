package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.Generator;
import dev.streamstarter.spec.YamlSpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Samples are never hand-edited: each must be exactly what its committed spec generates. */
class SamplesAreGeneratorOutputTest {

    private static final Path SAMPLES = Path.of("../samples");

    static Stream<Path> samples() throws IOException {
        return Files.list(SAMPLES).filter(dir -> Files.exists(dir.resolve(ProjectRenderer.SPEC_FILE))).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSampleIsByteForByteWhatItsSpecGenerates(Path sample) throws Exception {
        String spec = Files.readString(sample.resolve(ProjectRenderer.SPEC_FILE), StandardCharsets.UTF_8);
        Map<String, byte[]> expected = Generator.standard().render(YamlSpecReader.read(spec));

        var onDisk = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(sample)) {
            files.filter(Files::isRegularFile)
                    .map(file -> sample.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("target/"))
                    .forEach(onDisk::add);
        }
        assertThat(onDisk).as("files of " + sample + " (regenerate it, see samples/README.md)")
                .containsExactlyElementsOf(expected.keySet());
        for (var file : expected.entrySet()) {
            assertThat(Files.readString(sample.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as(sample + "/" + file.getKey() + " differs from generator output; regenerate it")
                    .isEqualTo(new String(file.getValue(), StandardCharsets.UTF_8));
        }
    }
}
