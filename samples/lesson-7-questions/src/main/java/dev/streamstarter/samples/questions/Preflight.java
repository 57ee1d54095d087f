package dev.streamstarter.samples.questions;

import java.nio.file.Files;
import java.nio.file.Path;
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

  private Preflight() {}

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
