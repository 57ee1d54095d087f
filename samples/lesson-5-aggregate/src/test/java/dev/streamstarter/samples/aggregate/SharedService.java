package dev.streamstarter.samples.aggregate;

import java.util.concurrent.Callable;

/**
 * One service (a broker, a database server) for the whole test JVM: started once, on first use or
 * ahead of it on a thread of its own, and stopped when the JVM exits.
 */
final class SharedService<T extends AutoCloseable> {

  private final String name;
  private final Callable<T> start;
  private T service;
  private RuntimeException failure;
  private boolean starting;

  SharedService(String name, Callable<T> start) {
    this.name = name;
    this.start = start;
  }

  /** The running service; waits for a start under way, and fails as the start failed. */
  synchronized T get() {
    if (failure != null) {
      throw failure;
    }
    if (service == null) {
      try {
        service = start.call();
      } catch (Exception e) {
        // Kept: a second try would wait as long again and fail the same way.
        failure = new IllegalStateException("cannot start the " + name + ": " + e.getMessage(), e);
        throw failure;
      }
      T started = service;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "stop-" + name));
    }
    return service;
  }

  /** Starts the service on a thread of its own (once), so that it starts while other work runs. */
  synchronized void startInBackground() {
    if (starting) {
      return;
    }
    starting = true;
    Thread thread =
        new Thread(
            () -> {
              try {
                get();
              } catch (RuntimeException e) {
                System.err.println("[LocalServices] " + e.getMessage());
              }
            },
            "start-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Whether the service was asked for: started, starting or failed to start. */
  synchronized boolean requested() {
    return starting || service != null || failure != null;
  }

  private void stop(T started) {
    try {
      started.close();
    } catch (Exception e) {
      System.err.println("cannot stop the " + name + ": " + e);
    }
  }
}
