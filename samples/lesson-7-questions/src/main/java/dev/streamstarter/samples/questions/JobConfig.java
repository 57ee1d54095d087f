package dev.streamstarter.samples.questions;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings of one job run, parsed from {@code --name value} arguments and validated.
 *
 * @param inputRoot folder with one input folder per pipeline
 * @param outputRoot folder with one output folder per pipeline (file sinks)
 * @param checkpointRoot folder with one checkpoint folder per query
 * @param runFor stop after this long (the job runs until stopped without it)
 * @param pipelines the pipelines to run, by name (all of them when empty)
 * @param untilDone process the input there is, then stop
 * @param monitor print every query's status and last progress on this interval
 * @param readDirectly read the input folders as they are, not fed in name order (FileFeeder)
 */
public record JobConfig(
    Path inputRoot,
    Path outputRoot,
    Path checkpointRoot,
    Optional<Duration> runFor,
    List<String> pipelines,
    boolean untilDone,
    Optional<Duration> monitor,
    int shufflePartitions,
    boolean readDirectly,
    String sessionTimeZone) {

  /** The command line this job accepts, printed with every usage error. */
  public static final String USAGE =
      "Usage: StreamingJob [--input-root DIR] [--output-root DIR] [--checkpoint-root DIR]"
          + " [--read-directly]"
          + " [--pipelines NAME[,NAME...]] [--run-for DURATION | --until-done] [--monitor DURATION]"
          + " [--shuffle-partitions N] [--time-zone ZONE]";

  private static final List<String> OPTIONS =
      List.of(
          "--input-root",
          "--output-root",
          "--checkpoint-root",
          "--run-for",
          "--pipelines",
          "--until-done",
          "--monitor",
          "--shuffle-partitions",
          "--read-directly",
          "--time-zone");

  private static final List<String> FLAGS =
      List.of("--until-done", "--read-directly");

  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  /** Rejects values no run could use, naming the option that carried them. */
  public JobConfig {
    Objects.requireNonNull(inputRoot, "inputRoot");
    Objects.requireNonNull(outputRoot, "outputRoot");
    Objects.requireNonNull(checkpointRoot, "checkpointRoot");
    Objects.requireNonNull(runFor, "runFor");
    Objects.requireNonNull(monitor, "monitor");
    pipelines = List.copyOf(pipelines);
    Objects.requireNonNull(sessionTimeZone, "sessionTimeZone");
    if (runFor.isPresent() && (runFor.get().isNegative() || runFor.get().isZero())) {
      throw new IllegalArgumentException("--run-for: must be longer than zero");
    }
    if (runFor.isPresent() && untilDone) {
      throw new IllegalArgumentException(
          "--run-for and --until-done: give one; --until-done stops when the input is processed");
    }
    if (monitor.isPresent() && (monitor.get().isNegative() || monitor.get().isZero())) {
      throw new IllegalArgumentException("--monitor: must be longer than zero");
    }
    if (shufflePartitions < 1) {
      throw new IllegalArgumentException(
          "--shuffle-partitions: " + shufflePartitions + " is not allowed; use 1 or more");
    }
  }

  /** Parses {@code --name value} pairs; options not given take their defaults. */
  public static JobConfig parse(String... args) {
    Map<String, String> given = pairs(args);
    return new JobConfig(
        Path.of(given.getOrDefault("--input-root", "data")),
        Path.of(given.getOrDefault("--output-root", "target/output")),
        Path.of(given.getOrDefault("--checkpoint-root", "target/checkpoints")),
        Optional.ofNullable(given.get("--run-for")).map(value -> duration("--run-for", value)),
        names(given.get("--pipelines")),
        given.containsKey("--until-done"),
        Optional.ofNullable(given.get("--monitor")).map(value -> duration("--monitor", value)),
        wholeNumber("--shuffle-partitions", given.getOrDefault("--shuffle-partitions", "5")),
        given.containsKey("--read-directly"),
        timeZone(given.getOrDefault("--time-zone", "Asia/Seoul")));
  }

  /** This configuration reading another input root (a pipeline's feed folder, see FileFeeder). */
  public JobConfig withInputRoot(Path inputRoot) {
    return new JobConfig(
        inputRoot, outputRoot, checkpointRoot, runFor, pipelines, untilDone, monitor,
        shufflePartitions,
        readDirectly,
        sessionTimeZone);
  }

  /** Whether the run includes the pipeline: --pipelines names it, or names none. */
  public boolean runs(String pipeline) {
    return pipelines.isEmpty() || pipelines.contains(pipeline);
  }

  private static Map<String, String> pairs(String... args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!OPTIONS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown option '" + name + "'; allowed: " + String.join(", ", OPTIONS));
      }
      if (FLAGS.contains(name)) {
        given.put(name, "true");
      } else if (i + 1 == args.length) {
        throw new IllegalArgumentException(name + ": needs a value");
      } else {
        given.put(name, args[++i]);
      }
    }
    return given;
  }

  private static List<String> names(String value) {
    if (value == null) {
      return List.of();
    }
    List<String> names = List.of(value.split(",", -1)).stream().map(String::strip).toList();
    if (names.contains("")) {
      throw new IllegalArgumentException(
          "--pipelines: '" + value + "' has an empty name; use names separated by ',' (a,b)");
    }
    return names;
  }

  private static Duration duration(String name, String value) {
    Matcher matcher = DURATION.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          name + ": '" + value + "' is not a duration; use a number with ms, s, m or h (30s)");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }

  private static int wholeNumber(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number");
    }
  }

  private static String timeZone(String value) {
    try {
      return ZoneId.of(value).getId();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "--time-zone: '" + value + "' is not a time zone; use e.g. UTC or Asia/Seoul");
    }
  }
}
