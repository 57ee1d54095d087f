package ${project.package};

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
    Preflight.Connection connection = Preflight.connect(host, TIMEOUT);
    if (connection == Preflight.Connection.TAKEN) {
      return Optional.empty();
    }
    return Optional.of(unreachable(connection == Preflight.Connection.NO_ANSWER
        ? "no answer within " + TIMEOUT.toSeconds() + " s"
        : connection.description));
  }

  private String unreachable(String why) {
    return "--cassandra-host " + host + ": no Cassandra node answered (" + why + "); start one"
        + " (docker-compose up -d cassandra starts the project's own) or give the address of a"
        + " running node";
  }
}
