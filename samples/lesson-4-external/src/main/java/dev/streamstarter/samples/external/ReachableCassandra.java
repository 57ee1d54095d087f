package dev.streamstarter.samples.external;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

/**
 * The Cassandra node a Cassandra sink connects to first: it must take a connection. Without this
 * check a wrong address shows only when the first micro-batch writes, after the connector's
 * retries, in a stack trace.
 *
 * @param host {@code host:port} of the node's native transport
 */
record ReachableCassandra(String host) implements Preflight.Need {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Override
  public Optional<String> problem() {
    int colon = host.lastIndexOf(':');
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(host.substring(0, colon), Integer.parseInt(host.substring(colon + 1))),
          (int) TIMEOUT.toMillis());
      return Optional.empty();
    } catch (ConnectException e) {
      return Optional.of(unreachable("connection refused"));
    } catch (SocketTimeoutException e) {
      return Optional.of(unreachable("no answer within " + TIMEOUT.toSeconds() + " s"));
    } catch (UnknownHostException e) {
      return Optional.of(unreachable("unknown host"));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of(unreachable(String.valueOf(e.getMessage())));
    }
  }

  private String unreachable(String why) {
    return "--cassandra-host " + host + ": no Cassandra node answered (" + why + "); start one"
        + " (docker-compose up -d cassandra starts the project's own) or give the address of a"
        + " running node";
  }
}
