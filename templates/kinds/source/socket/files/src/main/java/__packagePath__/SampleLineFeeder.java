package ${project.package};

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A tiny TCP server that serves sample lines in a loop, standing in for {@code nc -lk}. */
public final class SampleLineFeeder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SampleLineFeeder.class);

  private final ServerSocket server;
  private final List<String> lines;
  private final Duration interval;
  private final Thread thread;

  private SampleLineFeeder(ServerSocket server, List<String> lines, Duration interval) {
    this.server = server;
    this.lines = List.copyOf(lines);
    this.interval = interval;
    this.thread = new Thread(this::serve, "sample-line-feeder");
    this.thread.setDaemon(true);
  }

  /** Listens on host:port (port 0 picks a free one) and serves each client the lines. */
  public static SampleLineFeeder start(String host, int port, List<String> lines, Duration interval)
      throws IOException {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("no sample lines to serve");
    }
    ServerSocket server = new ServerSocket(port, 1, InetAddress.getByName(host));
    SampleLineFeeder feeder = new SampleLineFeeder(server, lines, interval);
    feeder.thread.start();
    LOG.info("Serving {} sample lines on {}:{}", lines.size(), host, feeder.port());
    return feeder;
  }

  /** The port this feeder listens on. */
  public int port() {
    return server.getLocalPort();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket client = server.accept();
          PrintWriter out =
              new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
        feed(out);
      } catch (IOException e) {
        if (!server.isClosed()) {
          LOG.warn("Sample client went away: {}", e.getMessage());
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void feed(PrintWriter out) throws InterruptedException {
    while (!out.checkError()) {
      for (String line : lines) {
        out.println(line);
        Thread.sleep(interval.toMillis());
      }
    }
  }

  /** Stops serving and closes the port. */
  @Override
  public void close() {
    thread.interrupt();
    try {
      server.close();
    } catch (IOException e) {
      LOG.warn("Could not close the sample port: {}", e.getMessage());
    }
  }
}
