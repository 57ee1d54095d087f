package dev.streamstarter.samples.basic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                + WordCountPipeline.NAME);
  }

  @Test
  void pipelinesRunsTheNamedOnesOnly() {
    assertThat(StreamingJob.chosen(List.of(WordCountPipeline.NAME)))
        .extracting(Pipeline::name)
        .containsExactly(WordCountPipeline.NAME);
  }

  @Test
  void aBusySamplePortExitsWithOneBeforeSparkStarts(@TempDir Path root) throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      // Every other setting as the job needs it (it checks them first): only the port is taken.
      String[] args = Stream.concat(
              Stream.of(settings(root, "--socket-port", String.valueOf(busy.getLocalPort()))),
              Stream.of("--feed-sample"))
          .toArray(String[]::new);

      int exitCode = run(args);

      assertThat(exitCode).isEqualTo(1);
      assertThat(text(err)).startsWith("error: cannot serve sample lines:");
    }
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
        .containsExactly(WordCountPipeline.NAME);
  }

  private int run(String... args) {
    return StreamingJob.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
  }

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
    for (int i = 0; i + 1 < changed.length; i += 2) {
      settings.put(changed[i], changed[i + 1]);
    }
    return settings.entrySet().stream()
        .flatMap(setting -> Stream.of(setting.getKey(), setting.getValue()))
        .toArray(String[]::new);
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
