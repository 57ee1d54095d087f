package ${project.package};

#projectImports("streaming-job-test", ["static org.assertj.core.api.Assertions.assertThat", "java.io.ByteArrayOutputStream", "java.io.PrintStream", "java.nio.charset.StandardCharsets", "java.util.List", "org.junit.jupiter.api.Test"])

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

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
