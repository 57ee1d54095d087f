package dev.streamstarter.samples.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
                + EmployeesToMemoryPipeline.NAME + ", " + FirstNameCountsPipeline.NAME + ", " + EmployeesPrintPipeline.NAME + ", " + EmployeesToCassandraPipeline.NAME + ", " + EmployeesToMysqlPipeline.NAME);
  }

  @Test
  void pipelinesRunsTheNamedOnesOnly() {
    assertThat(StreamingJob.chosen(List.of(EmployeesToMemoryPipeline.NAME)))
        .extracting(Pipeline::name)
        .containsExactly(EmployeesToMemoryPipeline.NAME);
  }

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
        .containsExactly(EmployeesToMemoryPipeline.NAME, FirstNameCountsPipeline.NAME, EmployeesPrintPipeline.NAME, EmployeesToCassandraPipeline.NAME, EmployeesToMysqlPipeline.NAME);
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
