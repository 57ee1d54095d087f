package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.Generator;
import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.spec.FlatOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * The IDE run configurations run what the pom's local run runs: its main class, JVM flags, job
 * arguments and environment (a run of main() without the flags fails on Java 17).
 */
class IdeRunConfigurationsTest {

    private static final Catalog CATALOG = Catalog.standard();

    @ParameterizedTest
    @ValueSource(strings = {"file", "kafka", "socket"})
    void intellijAndVsCodeRunWhatThePomsLocalRunRuns(String source) throws Exception {
        Map<String, byte[]> files = Generator.standard().render(FlatOptions.read(CATALOG,
                source.equals("socket") ? Map.of("source", source, "groupBy", "value") : Map.of("source", source)));
        String pom = text(files, "pom.xml");
        boolean services = source.equals("kafka");
        String main = services ? "com.example.LocalRun" : "com.example.StreamingJob";
        List<String> flags = words(property(pom, "spark.java.options"));
        List<String> vmOptions = services
                ? concat(flags, "-Dlog4j2.configurationFile=log4j2.properties") : flags;
        assertThat(pom).contains(services ? "<run.main.class>com.example.LocalRun</run.main.class>"
                : "<run.main.class>${main.class}</run.main.class>");

        Map<String, String> intellij = intellijOptions(files.get(".run/local-run.run.xml"));
        assertThat(intellij.get("MAIN_CLASS_NAME")).isEqualTo(main);
        assertThat(words(intellij.get("VM_PARAMETERS"))).isEqualTo(vmOptions);
        assertThat(intellij.get("PROGRAM_PARAMETERS")).isEqualTo(property(pom, "job.args"));
        assertThat(intellij.get("INCLUDE_PROVIDED_SCOPE")).as("Spark is provided").isEqualTo("true");
        assertThat(intellij.get("WORKING_DIRECTORY")).as("data/ is relative").isEqualTo("$PROJECT_DIR$");

        @SuppressWarnings("unchecked")
        Map<String, Object> launch = ((List<Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(text(files, ".vscode/launch.json")).get("configurations")).get(0);
        assertThat(launch).containsEntry("mainClass", main).containsEntry("args", property(pom, "job.args"))
                .containsEntry("cwd", "${workspaceFolder}").containsEntry("env", Map.of("SPARK_LOCAL_IP", "127.0.0.1"));
        assertThat(words((String) launch.get("vmArgs"))).isEqualTo(vmOptions);
        if (services) {
            assertThat(text(files, ".vscode/tasks.json")).as("the task VS Code runs first")
                    .contains("\"label\": \"" + launch.get("preLaunchTask") + "\"", "generate-test-resources");
        } else {
            assertThat(launch).doesNotContainKey("preLaunchTask");
            assertThat(files).doesNotContainKey(".vscode/tasks.json");
        }
        assertThat(text(files, ".gitignore")).as("the configurations are the project's, to commit")
                .contains("!.vscode/launch.json\n").doesNotContain("\n.run/");
    }

    private static Map<String, String> intellijOptions(byte[] xml) throws Exception {
        NodeList options = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml)).getElementsByTagName("option");
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < options.getLength(); i++) {
            Element option = (Element) options.item(i);
            if (option.hasAttribute("value")) {
                values.put(option.getAttribute("name"), option.getAttribute("value"));
            }
        }
        return values;
    }

    private static String property(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(pom);
        assertThat(matcher.find()).as("pom property " + name).isTrue();
        return matcher.group(1);
    }

    private static List<String> words(String text) {
        return List.of(text.trim().split("\\s+"));
    }

    private static List<String> concat(List<String> words, String word) {
        return Stream.concat(words.stream(), Stream.of(word)).toList();
    }

    private static String text(Map<String, byte[]> files, String path) {
        assertThat(files).containsKey(path);
        return new String(files.get(path), StandardCharsets.UTF_8);
    }
}
