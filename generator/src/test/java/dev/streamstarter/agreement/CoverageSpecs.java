package dev.streamstarter.agreement;

import dev.streamstarter.Generator;
import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.spec.YamlSpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The committed coverage specs (coverage/specs/*.yaml): projects whose pipelines cover every pair. */
final class CoverageSpecs {

    static final Path FOLDER = Path.of("../coverage/specs");

    private CoverageSpecs() {}

    /** Every pipeline of every coverage spec, checked. */
    static List<CheckedPipeline> pipelines(Generator generator) throws IOException, InvalidSpecException {
        List<CheckedPipeline> pipelines = new java.util.ArrayList<>();
        try (Stream<Path> specs = Files.list(FOLDER)) {
            for (Path spec : specs.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                pipelines.addAll(generator.check(YamlSpecReader.read(Files.readString(spec, StandardCharsets.UTF_8)))
                        .pipelines());
            }
        }
        return pipelines;
    }
}
