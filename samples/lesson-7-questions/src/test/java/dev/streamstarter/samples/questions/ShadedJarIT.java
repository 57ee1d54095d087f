package dev.streamstarter.samples.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

class ShadedJarIT {

  private static final String MAIN_CLASS = System.getProperty("main.class");

  @Test
  void theShadedJarRunsTheJobAndLeavesSparkToTheCluster() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("shaded.jar"))) {
      List<String> entries = jar.stream().map(ZipEntry::getName).toList();

      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(MAIN_CLASS);
      assertThat(entries).contains(MAIN_CLASS.replace('.', '/') + ".class");
      assertThat(entries).noneMatch(name -> name.startsWith("org/apache/spark/"));
      assertThat(entries)
          .noneMatch(name -> name.startsWith("scala/"))
          .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)"));
    }
  }
}
