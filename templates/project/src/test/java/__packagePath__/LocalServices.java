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

  /** Job arguments that point every source and sink at the local services, starting them. */
  static List<String> jobArgs() {
    startInBackground();
    List<String> args = new ArrayList<>();
#projectPart("local-services/job-args")
    return args;
  }
}
