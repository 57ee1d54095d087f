package dev.streamstarter.cli;

import dev.streamstarter.check.Problem;
import java.io.PrintStream;
import java.util.List;

/** Prints problems: one line each, the first one first, with its fix indented below. */
final class ProblemPrinter {

    private final PrintStream out;
    private final PrintStream err;

    ProblemPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void errors(List<Problem> problems) {
        for (Problem problem : problems) {
            err.println("error: " + problem.message());
            if (!problem.fix().isEmpty()) {
                err.println("  fix: " + problem.fix() + " [" + problem.ruleId() + "]");
            }
        }
    }

    /** Defaults that followed the other choices: what was chosen for the user, and why. */
    void followedDefaults(List<String> notes) {
        notes.forEach(note -> out.println("default: " + note));
    }

    void warnings(List<Problem> problems) {
        for (Problem problem : problems) {
            out.println("warning: " + problem.message());
            out.println("  fix: " + problem.fix() + " [" + problem.ruleId() + "]");
        }
    }
}
