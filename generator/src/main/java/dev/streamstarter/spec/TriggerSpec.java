package dev.streamstarter.spec;

import java.util.Optional;

/**
 * When micro-batches run.
 *
 * @param type processing-time, available-now or continuous
 * @param interval processing-time interval or continuous checkpoint interval, e.g. {@code 1 second}
 */
public record TriggerSpec(String type, Optional<String> interval) {}
