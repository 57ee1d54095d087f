package dev.streamstarter.catalog;

/** A compatibility rule: when its condition matches a pipeline, it reports message and fix. */
public record RuleDef(String id, Severity severity, Condition when, String message, String fix) {

    /** Whether a rule stops generation or only informs. */
    public enum Severity {
        ERROR,
        WARNING
    }
}
