package ${project.package};

## A kind that needs more of the job than its pipeline (the socket source serves sample lines
## before the queries start) adds it from its folder (kinds/<axis>/<kind>/parts/streaming-job/).
#set($jobImports = ["java.io.PrintStream", "java.time.Duration", "java.util.ArrayList", "java.util.List", "java.util.Optional", "java.util.concurrent.TimeoutException", "org.apache.hadoop.util.ShutdownHookManager", "org.apache.spark.SparkConf", "org.apache.spark.sql.SparkSession", "org.apache.spark.sql.streaming.StreamingQuery", "org.apache.spark.sql.streaming.StreamingQueryException", "org.apache.spark.sql.streaming.StreamingQueryManager", "org.slf4j.Logger", "org.slf4j.LoggerFactory"])
#if(!$project.sparkConf.isEmpty())#set($added = $jobImports.add("java.util.Map"))#end
#projectImports("streaming-job", $jobImports)

/** Entry point: starts every pipeline of the job as a streaming query and runs until stopped. */
public final class StreamingJob {

  private static final Logger LOG = LoggerFactory.getLogger(StreamingJob.class);
  private static final String APP_NAME = "${project.artifactId}";
  // Runs before Spark's own hook (priority 40), which stops the SparkContext.
  private static final int STOP_QUERIES_HOOK_PRIORITY = 50;
#if(!$project.sparkConf.isEmpty())
  // Spark settings from stream-starter.yaml; spark-submit --conf wins for a key it sets.
  private static final Map<String, String> SPARK_CONF =
      Map.ofEntries(
#foreach($c in $project.sparkConf)
          Map.entry(${c.keyJava}, ${c.valueJava})#if($foreach.hasNext),#else);#end
#end
#end
#projectPart("streaming-job/constants")

  private StreamingJob() {}

  /** Runs the job; exits 0 when done, 1 when a query failed, 2 on bad arguments or settings. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** The pipelines this job runs, one streaming query each. */
  static List<Pipeline> pipelines() {
    return List.of(
#foreach($p in $pipelines)
        new ${p.className}Pipeline()#if($foreach.hasNext),#else);#end
#end
  }

  /** Runs the job with the given arguments and returns its exit code. */
  static int run(PrintStream out, PrintStream err, String... args) {
    if (List.of(args).contains("--help")) {
      out.println(JobConfig.USAGE);
      return 0;
    }
    JobConfig config;
    List<Pipeline> chosen;
    try {
      config = JobConfig.parse(args);
      chosen = chosen(config.pipelines());
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(JobConfig.USAGE);
      return 2;
    }
    List<String> problems = Preflight.problems(config, chosen);
    if (!problems.isEmpty()) {
      problems.forEach(problem -> err.println("error: " + problem));
      return 2;
    }
#if($parts.has("streaming-job/run"))
#projectPart("streaming-job/run")
#else
    return runQueries(config, chosen, out);
#end
  }

  /** The pipelines named by --pipelines, in the job's order; all of them when it names none. */
  static List<Pipeline> chosen(List<String> names) {
    List<String> known = pipelines().stream().map(Pipeline::name).toList();
    for (String name : names) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "--pipelines: '" + name + "' is not a pipeline of this job; allowed: "
                + String.join(", ", known));
      }
    }
    return pipelines().stream()
        .filter(pipeline -> names.isEmpty() || names.contains(pipeline.name()))
        .toList();
  }
#projectPart("streaming-job/methods")

  private static int runQueries(JobConfig config, List<Pipeline> chosen, PrintStream out) {
    SparkSession spark = session(config);
    try (QueryMonitor monitor = QueryMonitor.start(spark.streams(), config.monitor(), out)) {
      spark.streams().addListener(new ProgressLogger());
      ShutdownHookManager.get()
          .addShutdownHook(() -> stopQueries(spark), STOP_QUERIES_HOOK_PRIORITY);
      List<StreamingQuery> queries = new ArrayList<>();
#projectPart("streaming-job/before-start")
      for (Pipeline pipeline : chosen) {
#if($parts.has("streaming-job/start"))
#projectPart("streaming-job/start")
#else
        queries.add(pipeline.start(spark, config));
        queries.addAll(pipeline.startDeadLetters(spark, config));
#end
      }
      if (config.untilDone()) {
#projectPart("streaming-job/await-input")
        awaitProcessed(queries);
#projectPart("streaming-job/after-done")
      } else {
        awaitQueries(spark.streams(), config.runFor());
      }
      return 0;
    } catch (StreamingQueryException | TimeoutException e) {
      LOG.error("A streaming query failed", e);
      return 1;
    } finally {
      stopQueries(spark);
      spark.stop();
    }
  }

  private static SparkSession session(JobConfig config) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(APP_NAME)
            .config("spark.sql.shuffle.partitions", config.shufflePartitions())
            .config("spark.sql.session.timeZone", config.sessionTimeZone());
#if($project.sparkConf.isEmpty())
    // spark-submit sets the master; a plain java run uses every local core.
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
#else
    SparkConf submitted = new SparkConf();
    SPARK_CONF.forEach(
        (key, value) -> {
          if (!submitted.contains(key)) {
            builder.config(key, value);
          }
        });
    // spark-submit sets the master; a plain java run uses every local core.
    if (!submitted.contains("spark.master")) {
      builder.master("local[*]");
    }
#end
    return builder.getOrCreate();
  }

  /** Waits until each query has processed all input there is (--until-done); rethrows failures. */
  private static void awaitProcessed(List<StreamingQuery> queries) throws StreamingQueryException {
    for (StreamingQuery query : queries) {
      query.processAllAvailable();
      if (query.exception().isDefined()) {
        throw query.exception().get();
      }
    }
  }

  /** Waits until every query has terminated, or until runFor has passed; rethrows failures. */
  private static void awaitQueries(StreamingQueryManager streams, Optional<Duration> runFor)
      throws StreamingQueryException {
    long deadline = System.nanoTime() + runFor.map(Duration::toNanos).orElse(0L);
    while (streams.active().length > 0) {
      if (runFor.isEmpty()) {
        streams.awaitAnyTermination();
      } else if (!streams.awaitAnyTermination(millisUntil(deadline))) {
        LOG.info("Stopping after {}", runFor.get());
        return;
      }
      streams.resetTerminated();
    }
  }

  private static long millisUntil(long deadlineNanos) {
    return Math.max(1, Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis());
  }

  // Synchronized: the shutdown hook and the main thread both stop queries, and the main
  // thread must not stop the session while the hook is still stopping a query.
  private static synchronized void stopQueries(SparkSession spark) {
    for (StreamingQuery query : spark.streams().active()) {
      try {
        query.stop();
      } catch (TimeoutException e) {
        LOG.warn("Query {} did not stop in time", query.name(), e);
      }
    }
  }
}
