package dev.streamstarter.check;

/**
 * Something wrong (or worth a warning) in a spec.
 *
 * @param ruleId the catalog rule that found it, or {@code option} for a bad option value
 * @param message one line naming the option, the value given and what is allowed
 * @param fix how to fix it, or empty
 */
public record Problem(String ruleId, String message, String fix) {

    /** A bad option value, found without a catalog rule. */
    public static Problem ofOption(String message) {
        return new Problem("option", message, "");
    }

    /** The same problem, its message prefixed with where it was found. */
    public Problem in(String where) {
        return where.isEmpty() ? this : new Problem(ruleId, where + message, fix);
    }
}
