package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.spec.RawSpec;
import dev.streamstarter.spec.SampleInput;
import dev.streamstarter.spec.YamlSpecReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spec a project is written with reads back to the same choices: the reader takes every value
 * as plain text, so the writer must quote whatever YAML 1.1 would have typed ('5', 'no', '1.10').
 */
class SpecYamlReadsBackTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Generator GENERATOR = new Generator(CATALOG);

    /** Values YAML 1.1 types (numbers, booleans, dates, sexagesimals, nulls), given quoted. */
    private static final String SPEC = """
            groupId: '010'
            artifactId: 'no'
            version: '1.10'
            package: org.acme
            shufflePartitions: '5'
            sessionTimeZone: '+09:00'
            sparkConf:
              spark.a: 'true'
              spark.b: '12:30:00'
              spark.c: '2024-01-01'
              spark.d: '0x1F'
            pipelines:
              - pipelineName: typed
                schema: id STRING, day STRING
                filter: '2024-01-01'
                select: ['true', '12:30:00', '010', 'null', '~', '1e3', 'off']
                pattern: passthrough
                sampleInput:
                  part-00000.csv: |
                    id,day
                    010,2024-01-01
                    no,12:30:00
                  part-00001.csv: "010\\r\\n\\tno  \\n"
                  part-00002.csv: '5'
                  part-00003.csv: "\\x01 bell\\a"
            """;

    @Test
    void aWrittenSpecReadsBackToTheChoicesItWasWrittenFrom() throws Exception {
        CheckedProject project = GENERATOR.check(YamlSpecReader.read(SPEC));
        String written = SpecYaml.write(project, CATALOG);

        RawSpec readBack = YamlSpecReader.read(written);

        readBack.project().forEach((id, value) -> assertThat(value).as(id)
                .isEqualTo(project.choices().values().get(id)));
        assertThat(readBack.pipelines()).hasSameSizeAs(project.pipelines());
        for (int i = 0; i < project.pipelines().size(); i++) {
            assertPipelineReadsBack(project.pipelines().get(i), readBack.pipelines().get(i));
        }
        assertThat(SpecYaml.write(GENERATOR.check(readBack), CATALOG)).as("written again").isEqualTo(written);
    }

    @Test
    void valuesYamlWouldTypeAreWrittenQuoted() throws Exception {
        String written = SpecYaml.write(GENERATOR.check(YamlSpecReader.read(SPEC)), CATALOG);

        assertThat(written).contains("groupId: '010'\n", "artifactId: 'no'\n", "version: '1.10'\n",
                "shufflePartitions: '5'\n", "spark.b: '12:30:00'\n", "filter: '2024-01-01'\n",
                "part-00002.csv: '5'\n");
        assertThat(written).as("control characters are escaped, not written as !!binary")
                .doesNotContain("!!binary");
    }

    @Test
    void theValuesReadBackAreTheOnesGiven() throws Exception {
        RawSpec readBack = YamlSpecReader.read(SpecYaml.write(GENERATOR.check(YamlSpecReader.read(SPEC)), CATALOG));

        assertThat(readBack.project()).containsEntry("version", "1.10").containsEntry("groupId", "010")
                .containsEntry("artifactId", "no").containsEntry("shufflePartitions", "5")
                .containsEntry("sparkConf", List.of("spark.a=true", "spark.b=12:30:00", "spark.c=2024-01-01",
                        "spark.d=0x1F"));
        assertThat(readBack.pipelines().get(0))
                .containsEntry("filter", "2024-01-01")
                .containsEntry("select", List.of("true", "12:30:00", "010", "null", "~", "1e3", "off"))
                .containsEntry(SampleInput.FILES_KEY, Map.of(
                        "part-00000.csv", "id,day\n010,2024-01-01\nno,12:30:00\n",
                        "part-00001.csv", "010\r\n\tno  \n",
                        "part-00002.csv", "5",
                        "part-00003.csv", "\u0001 bell\u0007"));
    }

    private static void assertPipelineReadsBack(CheckedPipeline pipeline, Map<String, Object> readBack) {
        SampleInput input = pipeline.spec().sampleInput();
        readBack.forEach((id, value) -> {
            Object expected = switch (id) {
                case SampleInput.FILES_KEY -> input.files();
                case SampleInput.OTHER_FILES_KEY -> input.otherFiles();
                default -> pipeline.choices().values().get(id);
            };
            assertThat(value).as(pipeline.spec().name() + "." + id).isEqualTo(expected);
        });
    }
}
