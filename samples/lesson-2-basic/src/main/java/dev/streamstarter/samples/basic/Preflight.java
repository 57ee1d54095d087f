package dev.streamstarter.samples.basic;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the job needs from outside (folders, brokers, databases), checked before Spark starts: a
 * wrong setting fails in seconds with a line naming it, its value and the fix, instead of minutes
 * of retries into the first micro-batch or a stack trace.
 */
final class Preflight {

  /** One thing a pipeline needs; equal needs (the same broker, say) are checked once. */
  interface Need {

    /** What is wrong, starting with the option that sets it; empty when all is well. */
    Optional<String> problem();
  }

  /** How a TCP connection to a server went: the first thing a check of a server asks. */
  enum Connection {
    TAKEN("connected"),
    REFUSED("connection refused"),
    NO_ANSWER("no answer"),
    UNKNOWN_HOST("unknown host"),
    NOT_HOST_PORT("not host:port");

    final String description;

    Connection(String description) {
      this.description = description;
    }
  }

  private Preflight() {}

  /** Opens and closes a TCP connection to {@code host:port}, waiting at most {@code timeout}. */
  static Connection connect(String hostPort, Duration timeout) {
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0) {
      return Connection.NOT_HOST_PORT;
    }
    try (Socket socket = new Socket()) {
      String host = hostPort.substring(0, colon).trim();
      int port = Integer.parseInt(hostPort.substring(colon + 1).trim());
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      return Connection.TAKEN;
    } catch (ConnectException e) {
      return Connection.REFUSED;
    } catch (UnknownHostException e) {
      return Connection.UNKNOWN_HOST;
    } catch (SocketTimeoutException e) {
      return Connection.NO_ANSWER;
    } catch (IllegalArgumentException e) {
      return Connection.NOT_HOST_PORT; // a port that is not a number or out of range
    } catch (IOException e) {
      return Connection.NO_ANSWER; // no route to the host, say
    }
  }

  /** The problems of what the chosen pipelines need, in their order. */
  static List<String> problems(JobConfig config, List<Pipeline> chosen) {
    Set<Need> needs = new LinkedHashSet<>();
    for (Pipeline pipeline : chosen) {
      needs.addAll(pipeline.needs(config));
    }
    List<String> problems = new ArrayList<>();
    for (Need need : needs) {
      need.problem().ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * A folder the job reads, below the root an option sets.
   *
   * @param option the option that sets the root
   * @param root the root folder
   * @param name the folder below it
   */
  record InputFolder(String option, Path root, String name) implements Need {

    @Override
    public Optional<String> problem() {
      Path folder = root.resolve(name);
      if (Files.isDirectory(folder)) {
        return Optional.empty();
      }
      return Optional.of(option + " " + root + ": there is no folder '" + name + "' to read in it;"
          + " create " + folder + " and put the input files there, or give the " + option
          + " that holds " + name + "/");
    }
  }

  /**
   * A folder the job writes below (made when missing, as Spark does): the nearest folder that
   * exists must be one the job may write in. Nothing is made here.
   *
   * @param option the option that sets it
   * @param folder the folder
   */
  record WritableFolder(String option, Path folder) implements Need {

    @Override
    public Optional<String> problem() {
      Path existing = folder.toAbsolutePath();
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing != null && Files.isDirectory(existing) && Files.isWritable(existing)) {
        return Optional.empty();
      }
      String why = existing == null ? "no part of it exists"
          : Files.isDirectory(existing) ? existing + " is not writable" : existing + " is not a folder";
      return Optional.of(option + " " + folder + ": the job cannot write there (" + why + ");"
          + " give a folder it may write in");
    }
  }
}
