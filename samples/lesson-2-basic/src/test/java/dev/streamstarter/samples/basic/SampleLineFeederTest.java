package dev.streamstarter.samples.basic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleLineFeederTest {

  private static final List<String> LINES = List.of("first line", "second line");

  @Test
  void servesTheLinesInOrderAndStartsOverAtTheEnd() throws Exception {
    try (SampleLineFeeder feeder =
            SampleLineFeeder.start("127.0.0.1", 0, LINES, Duration.ofMillis(10));
        Socket client = new Socket("127.0.0.1", feeder.port());
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
      List<String> received = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        received.add(in.readLine());
      }

      assertThat(received).containsExactly("first line", "second line", "first line");
    }
  }

  @Test
  void servesANewClientAfterThePreviousOneLeft() throws Exception {
    try (SampleLineFeeder feeder =
        SampleLineFeeder.start("127.0.0.1", 0, LINES, Duration.ofMillis(10))) {
      for (int client = 0; client < 2; client++) {
        try (Socket socket = new Socket("127.0.0.1", feeder.port());
            BufferedReader in =
                new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
          assertThat(in.readLine()).isEqualTo("first line");
        }
      }
    }
  }

  @Test
  void servingOnceSendsEveryLineOnceThenHangsUp() throws Exception {
    try (SampleLineFeeder feeder =
            SampleLineFeeder.start("127.0.0.1", 0, LINES, Duration.ofMillis(10), true);
        Socket client = new Socket("127.0.0.1", feeder.port());
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
      List<String> received = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        received.add(line);
      }
      SampleLineFeeder.awaitEveryLineServed();

      assertThat(received).containsExactlyElementsOf(LINES);
    }
  }

  @Test
  void refusesToServeNothing() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SampleLineFeeder.start("127.0.0.1", 0, List.of(), Duration.ZERO))
        .withMessage("no sample lines to serve");
  }
}
