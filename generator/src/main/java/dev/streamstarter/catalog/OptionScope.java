package dev.streamstarter.catalog;

/** Whether an option is set once per project or once per pipeline. */
public enum OptionScope {
    PROJECT,
    PIPELINE
}
