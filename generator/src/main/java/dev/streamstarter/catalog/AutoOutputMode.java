package dev.streamstarter.catalog;

/** One step of resolving {@code outputMode: auto}: the first whose condition matches wins. */
public record AutoOutputMode(Condition when, String mode) {}
