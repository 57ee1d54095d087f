package dev.streamstarter.samples.aggregate;

/**
 * The jar's Main-Class. The jar leaves Spark out (the cluster has it, and spark-submit puts it on
 * the classpath), so {@code java -jar} alone cannot run the job: this class uses no Spark type,
 * and says so in one line instead of a {@code NoClassDefFoundError}.
 */
public final class JarEntryPoint {

  private static final String SPARK_CLASS = "org.apache.spark.sql.SparkSession";

  private JarEntryPoint() {}

  public static void main(String[] args) {
    if (!sparkIsOnTheClasspath()) {
      System.err.println(
          "error: Spark is not on the classpath: this jar leaves Spark to the cluster; run it with"
              + " spark-submit --class dev.streamstarter.samples.aggregate.StreamingJob <this jar> [options],"
              + " or from the project with mvn -B test-compile exec:exec");
      System.exit(2);
    }
    StreamingJob.main(args);
  }

  private static boolean sparkIsOnTheClasspath() {
    try {
      Class.forName(SPARK_CLASS, false, JarEntryPoint.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
