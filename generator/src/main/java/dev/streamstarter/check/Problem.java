package dev.streamstarter.check;

/**
 * Something wrong (or worth a warning) in a spec.
 *
 * @param ruleId the catalog rule that found it, {@code option} for a bad option value, or
 *     {@code applies-to} for an option given where it does not apply
 * @param message one line naming the option, the value given and what is allowed
 * @param fix how to fix it, or empty
 */
public record Problem(String ruleId, String message, String fix) {

    private static final String APPLICABILITY = "applies-to";

    /** A bad option value, found without a catalog rule. */
    public static Problem ofOption(String message) {
        return new Problem("option", message, "");
    }

    /** An option given where it does not apply (another option's value would make it apply). */
    public static Problem ofApplicability(String message) {
        return new Problem(APPLICABILITY, message, "");
    }

    /** Whether this is an option given where it does not apply. */
    public boolean isApplicability() {
        return ruleId.equals(APPLICABILITY);
    }

    /** The same problem, its message prefixed with where it was found. */
    public Problem in(String where) {
        return where.isEmpty() ? this : new Problem(ruleId, where + message, fix);
    }
}
