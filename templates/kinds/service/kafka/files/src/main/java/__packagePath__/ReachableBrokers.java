package ${project.package};

import java.time.Duration;
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

  @Override
  public Optional<String> problem() {
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
      return Optional.of(unreachable(""));
    } catch (ExecutionException e) {
      boolean timedOut = e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException;
      return Optional.of(unreachable(timedOut ? "" : " (" + e.getCause().getMessage() + ")"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(unreachable(" (interrupted)"));
    } finally {
      admin.close(Duration.ZERO);
    }
  }

  private String unreachable(String detail) {
    return "--kafka-bootstrap-servers " + servers + ": no Kafka broker answered within "
        + TIMEOUT.toSeconds() + " s" + detail + "; start one (docker-compose up -d kafka starts the"
        + " project's own) or give the address of a running broker";
  }
}
