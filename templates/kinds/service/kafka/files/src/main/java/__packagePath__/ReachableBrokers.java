package ${project.package};

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Kafka brokers a pipeline reads from or writes to: one of them must answer. Without this check a
 * wrong address shows as minutes of connection warnings, then a timeout that does not name it.
 *
 * @param servers the bootstrap servers, host:port[,host:port...]
 */
record ReachableBrokers(String servers) implements Preflight.Need {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final String WITHIN = " within " + TIMEOUT.toSeconds() + " s";
  private static final int CONNECT_TIMEOUT_MS = 1000;

  @Override
  public Optional<String> problem() {
    // Where every address refuses the connection no broker runs there: say so now, not in 10 s.
    if (Arrays.stream(servers.split(",")).allMatch(ReachableBrokers::refuses)) {
      return Optional.of(unreachable(" (connection refused)"));
    }
    int timeoutMs = (int) TIMEOUT.toMillis();
    Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                // One attempt a second: a few warnings while it waits, not a burst.
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 1000));
    try {
      // A second longer than the client's own timeout, which then ends the call.
      admin.describeCluster().nodes().get(TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS);
      return Optional.empty();
    } catch (TimeoutException e) {
      return Optional.of(unreachable(WITHIN));
    } catch (ExecutionException e) {
      boolean timedOut = e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException;
      return Optional.of(unreachable(WITHIN + (timedOut ? "" : " (" + e.getCause().getMessage() + ")")));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(unreachable(WITHIN + " (interrupted)"));
    } finally {
      admin.close(Duration.ZERO);
    }
  }

  /** Whether host:port refuses a TCP connection (nothing listens); an unknown host does not count. */
  private static boolean refuses(String server) {
    int colon = server.lastIndexOf(':');
    if (colon < 0) {
      return false;
    }
    String host = server.substring(0, colon).trim();
    try (Socket socket = new Socket()) {
      int port = Integer.parseInt(server.substring(colon + 1).trim());
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false; // a timeout, an unknown host, a bad port: the client's own wait gives the verdict
    }
  }

  private String unreachable(String detail) {
    return "--kafka-bootstrap-servers " + servers + ": no Kafka broker answered" + detail
        + "; start one (docker-compose up -d kafka starts the project's own) or give the address"
        + " of a running broker";
  }
}
