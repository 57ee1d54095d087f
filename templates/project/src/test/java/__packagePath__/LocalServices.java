package ${project.package};

## Each service kind (and the JDBC sink's database) starts its service from its folder
## (kinds/<axis>/<kind>/parts/local-services/).
#projectImports("local-services", ["java.util.ArrayList", "java.util.List"])

/**
 * The services the job talks to, shared by every test in the JVM (a broker or database start takes
 * seconds) and stopped when the JVM exits. They start on first use, or all at once, each on a
 * thread of its own, while Spark starts ({@link #startInBackground}).
 */
final class LocalServices {

#projectPart("local-services/fields")

  private LocalServices() {}

  /** Starts every service on a thread of its own; their first use waits for them. */
  static void startInBackground() {
#projectPart("local-services/start")
  }
#projectPart("local-services/services")

  /**
   * Starts the services the pipeline uses, each on a thread of its own: a run of some pipelines
   * starts theirs alone.
   */
  static void startFor(String pipeline) {
#foreach($pipeline in $pipelines)
#if($pipeline.parts.has("local-services/start"))
    if (pipeline.equals(${pipeline.className}Pipeline.NAME)) {
#indentedPart("local-services/start")
    }
#end
#end
  }

  /** Job arguments that point every source and sink at the local services, starting them all. */
  static List<String> jobArgs() {
    startInBackground();
    return requestedJobArgs();
  }

  /** Job arguments that point sources and sinks at the services started so far. */
  static List<String> requestedJobArgs() {
    List<String> args = new ArrayList<>();
#projectPart("local-services/job-args")
    return args;
  }
}
