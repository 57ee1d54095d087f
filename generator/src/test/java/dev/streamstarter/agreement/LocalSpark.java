package dev.streamstarter.agreement;

import org.apache.spark.sql.SparkSession;

/** The one small local Spark session the agreement test starts every query in. */
final class LocalSpark {

    /** System properties with this prefix become Spark settings, to tune a run without editing. */
    private static final String OVERRIDE_PREFIX = "agreement.";

    private LocalSpark() {}

    static SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder()
                .master("local[2]")
                .appName("rules-agree-with-spark")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 2)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.streaming.forceDeleteTempCheckpointLocation", true)
                // Interpreted, not compiled: each program's plan would compile its own code, a quarter
                // of the Spark time (measured). Verdicts do not change: Spark accepts or refuses a query
                // before it generates code, and where that code fails to compile it interprets instead.
                .config("spark.sql.codegen.wholeStage", false)
                .config("spark.sql.codegen.factoryMode", "NO_CODEGEN");
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(OVERRIDE_PREFIX + "spark."))
                .forEach(name -> builder.config(name.substring(OVERRIDE_PREFIX.length()), System.getProperty(name)));
        return builder.getOrCreate();
    }
}
