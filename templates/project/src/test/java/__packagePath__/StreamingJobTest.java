package ${project.package};

#set($checkpointed = false)
#foreach($p in $pipelines)#if($p.usesCheckpoint)#set($checkpointed = true)#end#end
## Whether there are preflight tests: the checkpoint folder's, or a kind's (its input, broker, database).
#set($preflight = $checkpointed || $parts.has("streaming-job-test/tests"))
#set($jobTestImports = ["static org.assertj.core.api.Assertions.assertThat", "java.io.ByteArrayOutputStream", "java.io.PrintStream", "java.nio.charset.StandardCharsets", "java.util.List", "org.junit.jupiter.api.Test"])
#if($preflight)#set($added = $jobTestImports.addAll(["java.io.IOException", "java.nio.file.Files", "java.nio.file.Path", "java.util.LinkedHashMap", "java.util.Map", "java.util.stream.Stream", "org.junit.jupiter.api.io.TempDir"]))#end
#if($preflight && $has.services)#set($added = $jobTestImports.add("java.net.ServerSocket"))#end
#projectImports("streaming-job-test", $jobTestImports)

class StreamingJobTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void badArgumentsExitWithTwoBeforeSparkStarts() {
    int exitCode = run("--shuffle-partitions", "none");

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err))
        .startsWith("error: --shuffle-partitions: 'none' is not a whole number")
        .contains(JobConfig.USAGE);
  }

  @Test
  void anUnknownPipelineExitsWithTwoNamingThePipelinesThereAre() {
    int exitCode = run("--pipelines", "no-such-pipeline");

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err))
        .startsWith(
            "error: --pipelines: 'no-such-pipeline' is not a pipeline of this job; allowed: "
                + #foreach($p in $pipelines)${p.className}Pipeline.NAME#if($foreach.hasNext) + ", " + #end#end);
  }

  @Test
  void pipelinesRunsTheNamedOnesOnly() {
    assertThat(StreamingJob.chosen(List.of(${pipelines.get(0).className}Pipeline.NAME)))
        .extracting(Pipeline::name)
        .containsExactly(${pipelines.get(0).className}Pipeline.NAME);
  }
#if($checkpointed)

  @Test
  void aCheckpointRootThatCannotBeWrittenExitsWithTwoBeforeSparkStarts(@TempDir Path root) throws IOException {
    Path file = Files.writeString(root.resolve("a-file"), "not a folder");
    Path checkpoints = file.resolve("checkpoints");

    int exitCode = run(settings(root, "--checkpoint-root", checkpoints.toString()));

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err).lines())
        .contains("error: --checkpoint-root " + checkpoints + ": the job cannot write there (" + file
            + " is not a folder); give a folder it may write in");
  }
#end
#projectPart("streaming-job-test/tests")

  @Test
  void helpPrintsTheUsageAndExitsWithZero() {
    int exitCode = run("--help");

    assertThat(exitCode).isZero();
    assertThat(text(out)).isEqualToIgnoringNewLines(JobConfig.USAGE);
  }

  @Test
  void theJobRunsEveryPipelineOnce() {
    assertThat(StreamingJob.pipelines())
        .extracting(Pipeline::name)
        .containsExactly(#foreach($p in $pipelines)${p.className}Pipeline.NAME#if($foreach.hasNext), #end#end);
  }

  private int run(String... args) {
    return StreamingJob.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
  }

#if($preflight)
  /**
   * Settings under which the job has all it needs (the bundled input, folders it may write,
   * the tests' services) but for the options given, which a test sets to bad values. --run-for
   * ends a run that a check let through.
   */
  private static String[] settings(Path root, String... changed) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("--input-root", "data");
    settings.put("--checkpoint-root", root.resolve("checkpoints").toString());
    settings.put("--output-root", root.resolve("output").toString());
    settings.put("--run-for", "1s");
#if($has.services)
    List<String> services = LocalServices.jobArgs();
    for (int i = 0; i + 1 < services.size(); i += 2) {
      settings.put(services.get(i), services.get(i + 1));
    }
#end
    for (int i = 0; i + 1 < changed.length; i += 2) {
      settings.put(changed[i], changed[i + 1]);
    }
    return settings.entrySet().stream()
        .flatMap(setting -> Stream.of(setting.getKey(), setting.getValue()))
        .toArray(String[]::new);
  }

#if($has.services)
  /** A port nothing listens on (it was free a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

#end
#end
  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
