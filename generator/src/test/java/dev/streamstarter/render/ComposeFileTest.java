package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The generated docker-compose.yml starts exactly the services a project's choices need, pinned,
 * published on 127.0.0.1 only, in order; and docker-compose itself accepts it (when installed).
 */
class ComposeFileTest {

    /** The projects checked: each source and sink that brings a service of its own, and neither. */
    enum Case {
        FILE_AGGREGATION_CONSOLE(Set.of(), "--source", "file", "--pattern", "grouped-aggregation", "--sink", "console"),
        KAFKA_WINDOW_JDBC(Set.of("kafka", "kafka-init", "postgres"), "--source", "kafka", "--pattern", "sliding-window",
                "--event-time", "ts", "--watermark", "10 minutes", "--sink", "jdbc"),
        FILE_PASSTHROUGH_KAFKA(Set.of("kafka", "kafka-init"), "--source", "file", "--pattern", "passthrough",
                "--sink", "kafka"),
        SOCKET_CONSOLE(Set.of(), "--source", "socket", "--pattern", "passthrough", "--sink", "console"),
        FILE_DEDUP_MYSQL(Set.of("mysql"), "--source", "file", "--pattern", "deduplication", "--sink", "jdbc",
                "--database", "mysql"),
        KAFKA_WINDOW_CASSANDRA(Set.of("kafka", "kafka-init", "cassandra"), "--source", "kafka", "--pattern",
                "tumbling-window", "--event-time", "ts", "--watermark", "10 minutes", "--sink", "cassandra",
                "--output-mode", "update");

        final Set<String> extraServices;
        final String[] options;

        Case(Set<String> extraServices, String... options) {
            this.extraServices = extraServices;
            this.options = options;
        }

        boolean kafka() {
            return extraServices.contains("kafka");
        }

        boolean jdbc() {
            return extraServices.contains("postgres");
        }

        boolean cassandra() {
            return extraServices.contains("cassandra");
        }
    }

    private static final String MAIN_CLASS = "com.example.StreamingJob";
    private static final String JAR = "/opt/app/target/stream-job-0.1.0-SNAPSHOT.jar";

    @TempDir
    static Path tmp;

    private static final Map<Case, Path> PROJECTS = new ConcurrentHashMap<>();

    @ParameterizedTest
    @EnumSource(Case.class)
    void exactlyTheServicesTheChoicesNeed(Case c) throws IOException {
        Map<String, Object> compose = compose(c);

        assertThat(compose).doesNotContainKey("version").containsKey("services");
        Set<String> expected = new TreeSet<>(Set.of("spark-master", "spark-worker", "job"));
        expected.addAll(c.extraServices);
        assertThat(services(compose).keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void imagesArePinnedAndSparkMatchesTheCatalogPlatform(Case c) throws IOException {
        Map<String, String> platform = Catalog.standard().platform();
        String spark = "apache/spark:" + platform.get("sparkVersion") + "-scala" + platform.get("scalaBinaryVersion")
                + "-java" + platform.get("javaRelease") + "-ubuntu";

        services(compose(c)).forEach((name, service) -> {
            String image = (String) service.get("image");
            assertThat(image).as(name).matches("[a-z/]+:\\d[\\w.-]*").doesNotEndWith(":latest");
            if (image.startsWith("apache/spark:")) {
                assertThat(image).as(name).isEqualTo(spark);
            }
        });
        assertThat(service(c, "spark-master")).containsEntry("image", spark);
        assertThat(service(c, "spark-worker")).containsEntry("image", spark);
        assertThat(service(c, "job")).containsEntry("image", spark);
        if (c.kafka()) {
            assertThat((String) service(c, "kafka").get("image")).startsWith("apache/kafka:");
            assertThat(service(c, "kafka-init").get("image")).isEqualTo(service(c, "kafka").get("image"));
        }
        if (c.jdbc()) {
            assertThat((String) service(c, "postgres").get("image")).startsWith("postgres:");
        }
        if (c.cassandra()) {
            assertThat((String) service(c, "cassandra").get("image")).matches("cassandra:\\d+\\.\\d+\\.\\d+");
        }
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void everyPublishedPortIsBoundToLoopback(Case c) throws IOException {
        List<String> ports = new ArrayList<>();
        services(compose(c)).forEach((name, service) -> strings(service.get("ports")).forEach(ports::add));

        assertThat(ports).isNotEmpty().allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
        assertThat(ports).contains("127.0.0.1:8080:8080", "127.0.0.1:8081:8081");
        assertThat(ports.contains("127.0.0.1:9092:9092")).isEqualTo(c.kafka());
        assertThat(ports.contains("127.0.0.1:5432:5432")).isEqualTo(c.jdbc());
        assertThat(ports.contains("127.0.0.1:9042:9042")).isEqualTo(c.cassandra());
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void servicesStartInOrderOnHealthchecks(Case c) throws IOException {
        Map<String, Map<String, Object>> services = services(compose(c));

        assertThat(services.get("spark-master")).containsKey("healthcheck");
        for (String name : List.of("kafka", "postgres", "cassandra")) {
            if (services.containsKey(name)) {
                assertThat(services.get(name)).as(name).containsKey("healthcheck");
            }
        }
        services.forEach((name, service) -> dependsOn(service).forEach((dependency, condition) -> {
            assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
            if (condition.equals("service_healthy")) {
                assertThat(services.get(dependency)).as(dependency + " (" + name + " waits for it to be healthy)")
                        .containsKey("healthcheck");
            }
        }));
        assertThat(dependsOn(services.get("spark-worker"))).containsEntry("spark-master", "service_healthy");
        Map<String, String> job = dependsOn(services.get("job"));
        assertThat(job).containsEntry("spark-master", "service_healthy");
        if (c.kafka()) {
            assertThat(dependsOn(services.get("kafka-init"))).containsEntry("kafka", "service_healthy");
            assertThat(job).containsEntry("kafka-init", "service_completed_successfully");
        }
        if (c.jdbc()) {
            assertThat(job).containsEntry("postgres", "service_healthy");
        }
        if (c.cassandra()) {
            assertThat(job).containsEntry("cassandra", "service_healthy");
        }
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void theJobSubmitsTheProjectJarToTheMaster(Case c) throws IOException {
        Map<String, Object> job = service(c, "job");
        List<String> command = strings(job.get("command"));

        assertThat(command.get(0)).isEqualTo("/opt/spark/bin/spark-submit");
        assertThat(String.join(" ", command))
                .contains("--master spark://spark-master:7077", "--class " + MAIN_CLASS + " " + JAR,
                        "--input-root /opt/app/data", "--checkpoint-root ", "--output-root ");
        assertThat(command.contains("--kafka-bootstrap-servers")).isEqualTo(c.kafka());
        if (c.kafka()) {
            assertThat(command.get(command.indexOf("--kafka-bootstrap-servers") + 1)).isEqualTo("kafka:19092");
        }
        assertThat(command.contains("--cassandra-host")).isEqualTo(c.cassandra());
        if (c.cassandra()) {
            assertThat(command.get(command.indexOf("--cassandra-host") + 1)).isEqualTo("cassandra:9042");
        }
        assertThat(command.contains("--feed-sample")).isEqualTo(c == Case.SOCKET_CONSOLE);
        assertThat(strings(job.get("volumes"))).contains(".:/opt/app:ro");
        assertThat(strings(service(c, "spark-worker").get("volumes"))).contains(".:/opt/app:ro");
    }

    @Test
    void aJdbcJobGetsTheDatabaseFromEnvAndThePasswordOnlyAsEnvironmentVariable() throws IOException {
        Case c = Case.KAFKA_WINDOW_JDBC;
        Map<String, Object> job = service(c, "job");
        String command = String.join(" ", strings(job.get("command")));

        assertThat(command).contains("--jdbc-url jdbc:postgresql://postgres:5432/${POSTGRES_DB}",
                "--jdbc-user ${POSTGRES_USER}").doesNotContain("PASSWORD");
        assertThat(map(job.get("environment"))).containsEntry("JDBC_PASSWORD", "${POSTGRES_PASSWORD}");
        assertThat(map(service(c, "postgres").get("environment"))).containsOnlyKeys(
                "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB").containsEntry("POSTGRES_PASSWORD", "${POSTGRES_PASSWORD}");
        assertThat(String.valueOf(map(service(c, "postgres").get("healthcheck")).get("test"))).contains("pg_isready");
    }

    @Test
    void aMysqlProjectGetsMysqlWithItsCredentialsFromDotEnv() throws IOException {
        Case c = Case.FILE_DEDUP_MYSQL;
        List<String> command = strings(service(c, "job").get("command"));

        assertThat(command).containsSubsequence("--jdbc-url", "jdbc:mysql://mysql:3306/${MYSQL_DATABASE}?characterEncoding=UTF-8");
        assertThat(map(service(c, "job").get("environment"))).containsEntry("JDBC_PASSWORD", "${MYSQL_PASSWORD}");
        assertThat(strings(service(c, "mysql").get("ports"))).containsExactly("127.0.0.1:3306:3306");
        assertThat(String.valueOf(map(service(c, "mysql").get("healthcheck")).get("test"))).contains("mysqladmin ping");
        assertThat(String.valueOf(service(c, "mysql").get("image"))).matches("mysql:\\d+\\.\\d+\\.\\d+");
        // Any Unicode text, emoji included: the server's databases default to utf8mb4.
        assertThat(strings(service(c, "mysql").get("command"))).contains("--character-set-server=utf8mb4");
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void dotEnvHoldsDatabaseCredentialsOnlyForJdbcProjects(Case c) throws IOException {
        String env = Files.readString(project(c).resolve(".env"), StandardCharsets.UTF_8);

        if (c.jdbc()) {
            assertThat(env).contains("POSTGRES_USER=", "POSTGRES_PASSWORD=", "POSTGRES_DB=", "never commit real secrets");
        } else if (c.extraServices.contains("mysql")) {
            assertThat(env).contains("MYSQL_USER=", "MYSQL_PASSWORD=", "MYSQL_DATABASE=", "never commit real secrets")
                    .doesNotContain("POSTGRES");
        } else {
            assertThat(env).doesNotContain("POSTGRES");
            assertThat(env.lines().filter(line -> !line.isBlank())).allSatisfy(line -> assertThat(line).startsWith("#"));
        }
    }

    @Test
    void kafkaInitCreatesTheSourceTopicAndSeedsItWithTheBundledRecords() throws IOException {
        Case c = Case.KAFKA_WINDOW_JDBC;
        String script = kafkaInitScript(c);

        assertThat(script)
                .contains("kafka-topics.sh --bootstrap-server kafka:19092 --create --if-not-exists --topic events ")
                .contains("cat /opt/app/data/events/*.json | /opt/kafka/bin/kafka-console-producer.sh"
                        + " --bootstrap-server kafka:19092 --topic events");
        assertThat(strings(service(c, "kafka-init").get("volumes"))).contains("./data:/opt/app/data:ro");
        try (Stream<Path> samples = Files.list(project(c).resolve("data/events"))) {
            assertThat(samples.map(path -> path.getFileName().toString())).isNotEmpty()
                    .allSatisfy(name -> assertThat(name).endsWith(".json"));
        }
    }

    @Test
    void kafkaInitCreatesTheSinkTopicAndSeedsNothing() throws IOException {
        String script = kafkaInitScript(Case.FILE_PASSTHROUGH_KAFKA);

        assertThat(script)
                .contains("kafka-topics.sh --bootstrap-server kafka:19092 --create --if-not-exists --topic events-results ")
                .doesNotContain("kafka-console-producer");
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void dockerComposeAcceptsTheFile(Case c) throws Exception {
        Assumptions.assumeTrue(onPath("docker-compose"), "docker-compose is not installed (not on PATH)");
        Path project = project(c);

        Process process = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "-q")
                .directory(project.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("docker-compose config finished").isTrue();

        assertThat(process.exitValue()).as("docker-compose config -q in " + project + ":\n" + stderr).isZero();
    }

    // --- helpers

    private static synchronized Path project(Case c) {
        return PROJECTS.computeIfAbsent(c, key -> {
            Path target = tmp.resolve(key.name().toLowerCase());
            List<String> args = new ArrayList<>(List.of("new", target.toString()));
            args.addAll(List.of(key.options));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
            assertThat(code).as("stream-starter " + String.join(" ", args) + "\n" + err.toString(StandardCharsets.UTF_8))
                    .isZero();
            return target;
        });
    }

    private static Map<String, Object> compose(Case c) throws IOException {
        String text = Files.readString(project(c).resolve("docker-compose.yml"), StandardCharsets.UTF_8);
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
    }

    private static Map<String, Map<String, Object>> services(Map<String, Object> compose) {
        Map<String, Map<String, Object>> services = new java.util.LinkedHashMap<>();
        map(compose.get("services")).forEach((name, service) -> services.put(name, map(service)));
        return services;
    }

    private static Map<String, Object> service(Case c, String name) throws IOException {
        Map<String, Object> service = services(compose(c)).get(name);
        assertThat(service).as("service " + name).isNotNull();
        return service;
    }

    /** depends_on as service to condition (the short list form means service_started). */
    private static Map<String, String> dependsOn(Map<String, Object> service) {
        Object raw = service.get("depends_on");
        Map<String, String> conditions = new java.util.LinkedHashMap<>();
        if (raw instanceof List<?> list) {
            list.forEach(name -> conditions.put(String.valueOf(name), "service_started"));
        } else if (raw != null) {
            map(raw).forEach((name, spec) -> conditions.put(name, String.valueOf(map(spec).get("condition"))));
        }
        return conditions;
    }

    private static String kafkaInitScript(Case c) throws IOException {
        List<String> command = strings(service(c, "kafka-init").get("command"));
        assertThat(command.subList(0, 2)).containsExactly("bash", "-c");
        return command.get(2).replace("$$", "$");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }
}
