package dev.streamstarter.samples.join;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a pipeline's input files to its query in name order, one file of each streamed folder
 * per micro-batch, whatever the files' modification times.
 *
 * <p>Spark's file source takes new files oldest-modified first, an order that a checkout or a copy
 * scrambles; and when several files are there at once, it filters late rows with the watermark of
 * an earlier batch than a file-by-file arrival would. So the query reads a feed folder,
 * {@code <checkpoint-root>/<pipeline>/feed/}, and this feeder copies the input files into it: at
 * each step the next file of every streamed folder, then it waits until the query has processed
 * them, which includes the batch without new data that moves the watermark on. Files that arrive
 * in the input folder later are fed the same way. A restart resumes with the first file not fed
 * yet; deleting the checkpoint folder starts over. {@code --read-directly} turns feeding off.
 */
final class FileFeeder {

  private static final Logger LOG = LoggerFactory.getLogger(FileFeeder.class);
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

  /**
   * What a pipeline reads from files under the input root.
   *
   * @param streamed folders read as file streams, fed one file per step
   * @param tables folders read whole when the query starts (static tables)
   * @param stepwise feed file by file; otherwise (available-now) every file before the start
   * @param resumes the query keeps a checkpoint, so the files fed before stay fed
   */
  record Feed(List<String> streamed, List<String> tables, boolean stepwise, boolean resumes) {

    Feed {
      streamed = List.copyOf(streamed);
      tables = List.copyOf(tables);
    }

    /** Every folder it reads, streamed or whole. */
    List<String> folders() {
      return Stream.concat(streamed.stream(), tables.stream()).toList();
    }
  }

  private final StreamingQuery query;
  private final List<StreamingQuery> deadLetters;
  private final Path inputRoot;
  private final Path feedRoot;
  private final List<String> streamed;
  private final Thread thread;
  private volatile boolean untilDone;
  private volatile RuntimeException failure;

  private FileFeeder(
      StreamingQuery query,
      List<StreamingQuery> deadLetters,
      Path inputRoot,
      Path feedRoot,
      List<String> streamed) {
    this.query = query;
    this.deadLetters = deadLetters;
    this.inputRoot = inputRoot;
    this.feedRoot = feedRoot;
    this.streamed = streamed;
    this.thread = new Thread(this::feed, "file-feeder-" + query.name());
    thread.setDaemon(true); // never keeps the job alive; it ends when the query stops
  }

  /** Starts the pipeline's query on its feed folder, and the feeding beside it. */
  static FileFeeder start(SparkSession spark, Pipeline pipeline, Feed feed, JobConfig config)
      throws TimeoutException {
    Path inputRoot = config.inputRoot();
    Path feedRoot = config.checkpointRoot().resolve(pipeline.name()).resolve("feed");
    try {
      if (!feed.resumes()) {
        deleteRecursively(feedRoot); // the query starts over, so does its input
      }
      for (String table : feed.tables()) {
        deleteRecursively(feedRoot.resolve(table));
        copyEveryFile(inputRoot.resolve(table), feedRoot.resolve(table));
      }
      for (String folder : feed.streamed()) {
        Files.createDirectories(feedRoot.resolve(folder)); // Spark refuses a missing folder
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the feed folder " + feedRoot, e);
    }
    if (!feed.stepwise()) {
      // An available-now query reads what is there when it starts, oldest-modified first.
      while (feedStep(inputRoot, feedRoot, feed.streamed())) {
        // each step's copies are newer than the step's before
      }
    }
    JobConfig fed = config.withInputRoot(feedRoot);
    StreamingQuery query = pipeline.start(spark, fed);
    List<StreamingQuery> deadLetters = pipeline.startDeadLetters(spark, fed);
    FileFeeder feeder = new FileFeeder(query, deadLetters, inputRoot, feedRoot, feed.streamed());
    if (feed.stepwise()) {
      feeder.thread.start();
    }
    return feeder;
  }

  /** The query this feeder feeds. */
  StreamingQuery query() {
    return query;
  }

  /** The queries reading the feed folder: the pipeline's, and the one keeping its bad records. */
  List<StreamingQuery> queries() {
    List<StreamingQuery> queries = new ArrayList<>(List.of(query));
    queries.addAll(deadLetters);
    return queries;
  }

  /** Feeds the files there are and returns once the query has processed them (--until-done). */
  void awaitFed() {
    untilDone = true;
    try {
      thread.join(); // at once if the feed was not stepwise
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the job is stopping
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void feed() {
    try {
      while (query.isActive() && !Thread.currentThread().isInterrupted()) {
        if (feedStep(inputRoot, feedRoot, streamed)) {
          query.processAllAvailable(); // this step's batch and the one that moves the watermark
        } else if (untilDone) {
          return;
        } else {
          Thread.sleep(POLL_INTERVAL.toMillis());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The query reports its own failure; anything else is the feeder's.
      if (query.exception().isEmpty()) {
        failure = e;
        LOG.error("Feeding {} failed", query.name(), e);
      }
    }
  }

  /** Copies the first file not fed yet of every streamed folder; false when there was none. */
  private static boolean feedStep(Path inputRoot, Path feedRoot, List<String> streamed) {
    boolean fed = false;
    for (String folder : streamed) {
      Path from = inputRoot.resolve(folder);
      Path to = feedRoot.resolve(folder);
      for (Path file : filesInNameOrder(from)) {
        if (!Files.exists(to.resolve(file.getFileName()))) {
          copyAtomically(file, to);
          fed = true;
          break;
        }
      }
    }
    return fed;
  }

  /** Copies under a hidden name, then renames, so that Spark never reads a half-written file. */
  private static void copyAtomically(Path file, Path folder) {
    try {
      Path hidden = folder.resolve("." + file.getFileName() + ".copying");
      Files.copy(file, hidden, StandardCopyOption.REPLACE_EXISTING);
      // Newer than every copy before it, so that Spark's oldest-first order is name order.
      Files.setLastModifiedTime(hidden, FileTime.fromMillis(nextModificationTime(folder)));
      Files.move(hidden, folder.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot feed " + file + " into " + folder, e);
    }
  }

  private static long nextModificationTime(Path folder) throws IOException {
    long newest = 0;
    for (Path fed : filesInNameOrder(folder)) {
      newest = Math.max(newest, Files.getLastModifiedTime(fed).toMillis());
    }
    return Math.max(System.currentTimeMillis(), newest + 1_000);
  }

  /** The visible files of a folder in name order; Spark skips names starting with '.' or '_'. */
  private static List<Path> filesInNameOrder(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().matches("[._].*"))
          .sorted(Comparator.comparing(file -> file.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static void copyEveryFile(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (Path file : filesInNameOrder(from)) {
      Files.copy(file, to.resolve(file.getFileName()));
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
