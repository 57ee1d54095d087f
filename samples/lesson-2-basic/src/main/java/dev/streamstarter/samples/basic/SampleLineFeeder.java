package dev.streamstarter.samples.basic;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny TCP server that serves sample lines in a loop, standing in for {@code nc -lk}; or, for
 * {@code --until-done}, each line once to the first client, then it hangs up.
 */
public final class SampleLineFeeder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SampleLineFeeder.class);
  /** The feeders serving their lines once, which --until-done waits for. */
  private static final List<SampleLineFeeder> SERVING_ONCE = new CopyOnWriteArrayList<>();

  private final ServerSocket server;
  private final List<String> lines;
  private final Duration interval;
  private final boolean once;
  private final CountDownLatch served = new CountDownLatch(1);
  private final Thread thread;

  private SampleLineFeeder(ServerSocket server, List<String> lines, Duration interval, boolean once) {
    this.server = server;
    this.lines = List.copyOf(lines);
    this.interval = interval;
    this.once = once;
    this.thread = new Thread(this::serve, "sample-line-feeder");
    this.thread.setDaemon(true);
  }

  /** Listens on host:port (port 0 picks a free one) and serves each client the lines in a loop. */
  public static SampleLineFeeder start(String host, int port, List<String> lines, Duration interval)
      throws IOException {
    return start(host, port, lines, interval, false);
  }

  /**
   * Listens on host:port (port 0 picks a free one); serves each client the lines in a loop, or,
   * once, each line to the first client.
   */
  public static SampleLineFeeder start(
      String host, int port, List<String> lines, Duration interval, boolean once) throws IOException {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("no sample lines to serve");
    }
    ServerSocket server = new ServerSocket(port, 1, InetAddress.getByName(host));
    SampleLineFeeder feeder = new SampleLineFeeder(server, lines, interval, once);
    if (once) {
      SERVING_ONCE.add(feeder);
    }
    feeder.thread.start();
    LOG.info("Serving {} sample lines{} on {}:{}", lines.size(), once ? " once" : "", host, feeder.port());
    return feeder;
  }

  /**
   * Waits until every feeder serving once has sent its last line, and a moment more, the time
   * the socket source takes to receive what was sent.
   */
  public static void awaitEveryLineServed() {
    try {
      for (SampleLineFeeder feeder : SERVING_ONCE) {
        feeder.served.await();
        Thread.sleep(feeder.interval.toMillis() + 500);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the job is stopping
    }
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
        if (once) {
          for (String line : lines) {
            out.println(line);
            Thread.sleep(interval.toMillis());
          }
          served.countDown();
          return;
        }
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
    SERVING_ONCE.remove(this);
    served.countDown(); // nobody waits for a closed feeder
    thread.interrupt();
    try {
      server.close();
    } catch (IOException e) {
      LOG.warn("Could not close the sample port: {}", e.getMessage());
    }
  }
}
