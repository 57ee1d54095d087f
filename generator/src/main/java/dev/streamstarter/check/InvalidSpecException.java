package dev.streamstarter.check;

import java.util.List;

/** The spec cannot be generated; the first problem is the headline. */
public final class InvalidSpecException extends Exception {

    private final List<Problem> problems;

    public InvalidSpecException(List<Problem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, most important first. */
    public List<Problem> problems() {
        return problems;
    }
}
