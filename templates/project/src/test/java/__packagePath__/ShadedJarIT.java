package ${project.package};

#projectImports("shaded-jar-it", ["static org.assertj.core.api.Assertions.assertThat", "java.io.IOException", "java.util.List", "java.util.jar.JarFile", "java.util.zip.ZipEntry", "org.junit.jupiter.api.Test"])

class ShadedJarIT {

  private static final String MAIN_CLASS = System.getProperty("main.class");

  @Test
  void theShadedJarRunsTheJobAndLeavesSparkToTheCluster() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("shaded.jar"))) {
      List<String> entries = jar.stream().map(ZipEntry::getName).toList();

      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(MAIN_CLASS);
      assertThat(entries).contains(MAIN_CLASS.replace('.', '/') + ".class");
#if($parts.has("shaded-jar-it/spark-entries"))
#projectPart("shaded-jar-it/spark-entries")
#else
      assertThat(entries).noneMatch(name -> name.startsWith("org/apache/spark/"));
#end
      assertThat(entries)
          .noneMatch(name -> name.startsWith("scala/"))
          .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)"));
    }
  }
#projectPart("shaded-jar-it/methods")
}
