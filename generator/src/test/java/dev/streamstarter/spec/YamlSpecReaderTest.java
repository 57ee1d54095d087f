package dev.streamstarter.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YamlSpecReaderTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.10", "010", "no", "off", "yes", "true", "2024-01-01", "2024-01-01 12:30:00",
        "12:30:00", "5", "0x1F", "1e3", ".inf", ".NaN", "+12", "1_000", "<<", "=", "Null value"})
    void aPlainValueIsTheTextWrittenWhereverItIs(String written) {
        RawSpec spec = YamlSpecReader.read("""
                version: %1$s
                sparkConf:
                  spark.x: %1$s
                pipelines:
                  - filter: %1$s
                    select: [%1$s]
                    groupBy:
                      - %1$s
                    sampleInput:
                      a.csv: %1$s
                """.formatted(written));

        assertThat(spec.project()).containsEntry("version", written)
                .containsEntry("sparkConf", List.of("spark.x=" + written));
        assertThat(spec.pipelines()).singleElement().satisfies(pipeline -> assertThat(pipeline)
                .containsEntry("filter", written)
                .containsEntry("select", List.of(written))
                .containsEntry("groupBy", List.of(written))
                .containsEntry("sampleInput", Map.of("a.csv", written)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'1.10'         | 1.10",
        "'it''s'        | it's",
        "\"a\\tb\"      | a\tb",
        "\"\\x41\\u00e9\" | Aé",
        "!!str 010      | 010",
        "! 010          | 010",
        "'null'         | null",
        "'~'            | ~",
    })
    void quotingAndEscapingAreYamlsOwn(String written, String read) {
        assertThat(project("version: " + written)).containsEntry("version", read);
    }

    @Test
    void aLongPlainValueFoldedOverLinesIsOneLineAgain() {
        assertThat(project("schema: a INT, b\n  STRING")).containsEntry("schema", "a INT, b STRING");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"version:", "version: ~", "version: null", "version: NULL", "version: ''"})
    void anEmptyOrNullValueIsNotGivenAsBefore(String line) {
        assertThat(project(line)).containsEntry("version", "");
    }

    @Test
    void multiLineSampleInputIsReadAsWritten() {
        RawSpec spec = YamlSpecReader.read("""
                pipelines:
                  - sampleInput:
                      a.csv: |
                        id,when
                        010,2024-01-01
                      b.csv: "x\\r\\n\\ty \\n"
                """);

        assertThat(spec.pipelines().get(0)).containsEntry("sampleInput",
                Map.of("a.csv", "id,when\n010,2024-01-01\n", "b.csv", "x\r\n\ty \n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "version: !!int 5                        | version     | !!int",
        "version: !!float 1.10                   | version     | !!float",
        "artifactId: !!bool no                   | artifactId  | !!bool",
        "filter: !!timestamp 2024-01-01          | filter      | !!timestamp",
        "artifactId: !!binary aGVsbG8=           | artifactId  | !!binary",
        "filter: !!null ~                        | filter      | !!null",
        "filter: !foo bar                        | filter      | !foo",
        "select: [a, !!int 5]                    | select      | !!int",
        "select: !!set {a, b}                    | select      | !!set",
        "filter: !!str [a]                       | filter      | !!str",
        "sparkConf: {spark.a: !!bool true}       | sparkConf   | !!bool",
        "sampleInput: {a.csv: !!binary aGk=}     | sampleInput | !!binary",
        "sampleInput: !!omap [a.csv: x]          | sampleInput | !!omap",
        "pipelines: !!seq [!custom {filter: x}]  | pipelines   | !custom",
    })
    void aTaggedValueIsRefusedByItsOptionsName(String line, String key, String tag) {
        assertRefused(line.startsWith("pipelines") ? line : "pipelines:\n  - " + line,
                "option '" + key + "' is tagged " + tag + "; write the value as plain text, without a tag");
    }

    @Test
    void aTaggedKeyIsRefused() {
        assertRefused("!!int 5: x\npipelines:\n  - filter: x",
                "the spec has a key tagged !!int; write option names as plain text, without a tag");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "top level   | 'version: 1\\nversion: 2\\npipelines:\\n  - filter: x'                | version | 2",
        "pipeline    | 'pipelines:\\n  - filter: x\\n    sink: memory\\n    filter: y'        | filter  | 4",
        "sampleInput | 'pipelines:\\n  - sampleInput:\\n      a.csv: x\\n      a.csv: y'       | a.csv   | 4",
        "sparkConf   | 'sparkConf:\\n  spark.a: x\\n  spark.a: y\\npipelines:\\n  - sink: memory' | spark.a | 3",
        "null keys   | 'version: 1\\n~: 1\\nnull: 2\\npipelines:\\n  - sink: memory'           | null    | 3",
    })
    void aKeyGivenTwiceIsRefusedWithItsLine(String where, String spec, String key, int line) {
        assertRefused(spec.replace("\\n", "\n"),
                "the spec has key '" + key + "' twice (line " + line + "); keep one of them");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"select: ['', '']", "select:\n      - \n      - a", "select: [a, ~]",
        "select: [a, null]", "select: [' ']", "select: [\"\\t\"]"})
    void anEmptyListItemIsRefusedByItsOptionsName(String line) {
        assertRefused("pipelines:\n  - " + line,
                "option 'select' has an empty item; remove it or write a value");
    }

    @Test
    void quotedNullIsAnItemLikeAnyOtherText() {
        assertThat(YamlSpecReader.read("pipelines:\n  - select: ['null', '~', 'no']").pipelines().get(0))
                .containsEntry("select", List.of("null", "~", "no"));
    }

    @Test
    void malformedYamlAndShapesAreRefusedAsBefore() {
        assertThatThrownBy(() -> YamlSpecReader.read("pipelines: [a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the spec is not valid YAML: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertRefused("", "the spec must be a YAML mapping with a 'pipelines' list");
        assertRefused("version: 1", "the spec has no pipelines: add a 'pipelines' list with at least one entry");
        assertRefused("pipelines:\n  - select: [[a]]",
                "option 'select' must be a text value, a list or a mapping of text values");
    }

    /** Project options of a spec with one line at the top level. */
    private static Map<String, Object> project(String line) {
        return YamlSpecReader.read(line + "\npipelines:\n  - sink: memory\n").project();
    }

    /** The CLI prints a refusal as one 'error:' line: the message must be one line. */
    private static void assertRefused(String spec, String message) {
        assertThatThrownBy(() -> YamlSpecReader.read(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
