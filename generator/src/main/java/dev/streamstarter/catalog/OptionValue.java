package dev.streamstarter.catalog;

/** One allowed value of an enumerated option. */
public record OptionValue(String id, String description) {}
