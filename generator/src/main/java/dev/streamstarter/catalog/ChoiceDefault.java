package dev.streamstarter.catalog;

/**
 * A default that follows other choices: when a pipeline's facts match and the user did not give
 * the option, it takes this value instead of its plain default (a socket source groups by its
 * only column, a window takes the input's only TIMESTAMP column as event time).
 *
 * @param option the option id it sets
 * @param when the facts under which it applies; fact {@code given} holds the ids of the options
 *     the user gave
 * @param value the value; {@code {id}} is another option's value, {@code {timestampColumn}} and
 *     {@code {otherTimestampColumn}} the only TIMESTAMP column of the input and of the join's other
 *     side (no default applies where there is not exactly one)
 * @param because why, in the words the CLI prints after the value
 */
public record ChoiceDefault(String option, Condition when, String value, String because) {}
