package dev.streamstarter.samples.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

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
      assertThat(entries).noneMatch(name -> name.startsWith("org/apache/spark/"));
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
}
