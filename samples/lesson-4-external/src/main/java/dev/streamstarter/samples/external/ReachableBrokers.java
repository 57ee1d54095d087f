package dev.streamstarter.samples.external;

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
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

  @Override
  public Optional<String> problem() {
    // Where every address refuses the connection no broker runs there: say so now, not in 10 s.
    if (Arrays.stream(servers.split(","))
        .allMatch(server -> Preflight.connect(server, CONNECT_TIMEOUT) == Preflight.Connection.REFUSED)) {
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

  private String unreachable(String detail) {
    return "--kafka-bootstrap-servers " + servers + ": no Kafka broker answered" + detail
        + "; start one (docker-compose up -d kafka starts the project's own) or give the address"
        + " of a running broker";
  }
}
