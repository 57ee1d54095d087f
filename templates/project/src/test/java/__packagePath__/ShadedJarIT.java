package ${project.package};

## Kinds whose connector classes live under org/apache/spark/ (the Kafka and Cassandra connectors)
## name it (shaded-jar-it/connectors) and the jars those classes come from (shaded-jar-it/connector-jars).
#set($shadedJarImports = ["static org.assertj.core.api.Assertions.assertThat", "java.io.IOException", "java.nio.charset.StandardCharsets", "java.nio.file.Path", "java.util.List", "java.util.jar.JarFile", "java.util.zip.ZipEntry", "org.junit.jupiter.api.Test"])
#set($connectors = $parts.of("shaded-jar-it/connector-jars").size())
#if($connectors > 0)
#set($added = $shadedJarImports.addAll(["java.net.URL", "java.util.Collections"]))
#end
#projectImports("shaded-jar-it", $shadedJarImports)

class ShadedJarIT {

  private static final String MAIN_CLASS = System.getProperty("main.class");
  private static final String JAR_MAIN_CLASS = System.getProperty("jar.main.class");

  @Test
  void theShadedJarRunsTheJobAndLeavesSparkToTheCluster() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("shaded.jar"))) {
      List<String> entries = jar.stream().map(ZipEntry::getName).toList();

      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(JAR_MAIN_CLASS);
      assertThat(entries)
          .contains(MAIN_CLASS.replace('.', '/') + ".class", JAR_MAIN_CLASS.replace('.', '/') + ".class");
#if($connectors > 0)
      // Spark is on the cluster; its #projectPartList("shaded-jar-it/connectors", " and ") connector#if($connectors > 1)s are#{else} is#{end} not, so only the connector#if($connectors > 1)s'#{else}'s#{end} classes
      // may live under org/apache/spark/.
      List<String> sparkEntries =
          entries.stream()
              .filter(name -> name.startsWith("org/apache/spark/") && name.endsWith(".class"))
              .toList();
      assertThat(sparkEntries).as("the #projectPartList("shaded-jar-it/connectors", " and ") connector#if($connectors > 1)s#{end}").isNotEmpty();
      for (String entry : sparkEntries) {
        assertThat(jarsHolding(entry))
            .as("jars on the classpath with %s", entry)
            .isNotEmpty()
            .allMatch(holder -> holder.matches(".*/#if($connectors > 1)(#{end}#projectPartList("shaded-jar-it/connector-jars", "|")#if($connectors > 1))#{end}\\.jar"));
      }
#else
      assertThat(entries).noneMatch(name -> name.startsWith("org/apache/spark/"));
#end
      assertThat(entries)
          .noneMatch(name -> name.startsWith("scala/"))
          .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)"));
    }
  }

  @Test
  void javaDashJarSaysInOneLineThatSparkIsMissingAndHowToRunTheJob() throws Exception {
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("shaded.jar"),
                "--help")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String errors = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(java.waitFor()).as("exit code").isEqualTo(2);
    assertThat(errors.lines().toList())
        .singleElement()
        .asString()
        .startsWith("error: Spark is not on the classpath")
        .contains("spark-submit --class " + MAIN_CLASS);
  }
#if($connectors > 0)

  /** The jar files on the test classpath (the shaded jar aside) that contain the entry. */
  private static List<String> jarsHolding(String entry) throws IOException {
    String shaded = System.getProperty("shaded.jar");
    return Collections.list(ClassLoader.getSystemClassLoader().getResources(entry)).stream()
        .map(URL::toString)
        .filter(url -> url.startsWith("jar:file:"))
        .map(url -> url.substring("jar:file:".length(), url.indexOf("!/")))
        .filter(jar -> !jar.equals(shaded))
        .toList();
  }
#end
}
