package ${project.package};

## Each service kind (and the JDBC sink's database) starts its service from its folder
## (kinds/<axis>/<kind>/parts/local-services/).
#projectImports("local-services", ["java.util.ArrayList", "java.util.List"])

/**
 * The services the job talks to, started on first use and shared by every test in the JVM (a
 * broker or database start takes seconds); stopped when the JVM exits.
 */
final class LocalServices {

#projectPart("local-services/fields")

  private LocalServices() {}
#projectPart("local-services/services")

  /** Job arguments that point every source and sink at the local services, starting them. */
  static List<String> jobArgs() {
    List<String> args = new ArrayList<>();
#projectPart("local-services/job-args")
    return args;
  }
}
