package dev.streamstarter.check;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.ChoiceDefault;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.spec.FlatOptions;
import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SampleInput;
import dev.streamstarter.spec.SchemaDdl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defaults that follow the choices made (the catalog's {@code defaults}): an option the user did
 * not give takes the value its matching entry names, so that each choice works on its own
 * ({@code --source socket} groups by its only column, {@code --pattern tumbling-window} takes the
 * input's only TIMESTAMP column as event time). A given option is never changed. They are used
 * only where they make the pipeline pass every check: otherwise the user's own choices are
 * reported with the plain defaults, so that no message names a value the user never saw.
 */
final class FollowingDefaults {

    /** More rounds than any chain of defaults needs (pattern, then event time, then watermark...). */
    private static final int MOST_ROUNDS = 10;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /**
     * The values that followed, by option id, and a note per value saying why.
     *
     * @param values option id to value (a list for list options)
     * @param notes e.g. "--event-time ts: --pattern tumbling-window places rows in windows by event time"
     */
    record Followed(Map<String, Object> values, List<String> notes) {

        static final Followed NONE = new Followed(Map.of(), List.of());

        Followed {
            values = Map.copyOf(values);
            notes = List.copyOf(notes);
        }
    }

    /** What checking a pipeline with some followed values gives; empty when an option is invalid. */
    interface Attempt {

        Optional<Result> check(Map<String, Object> followed);
    }

    /**
     * @param spec the assembled pipeline
     * @param choices its option values
     * @param facts the facts its rules saw
     * @param passes whether it passed every check
     */
    record Result(PipelineSpec spec, Choices choices, Map<String, List<String>> facts, boolean passes) {}

    private FollowingDefaults() {}

    /**
     * The defaults that make a pipeline's given choices pass every check, found a step at a time
     * (each step's facts decide the next); none where the plain defaults pass already, or where no
     * chain of steps makes the pipeline pass.
     */
    static Followed resolve(Catalog catalog, Map<String, Object> given, Attempt attempt) {
        Map<String, Object> values = new LinkedHashMap<>();
        // By option: where one changes twice (a join, then a join of two streams), the last says why.
        Map<String, String> notes = new LinkedHashMap<>();
        for (int round = 0; round < MOST_ROUNDS; round++) {
            Optional<Result> result = attempt.check(values);
            if (result.isEmpty()) {
                return Followed.NONE;
            }
            if (result.get().passes()) {
                return new Followed(values, List.copyOf(notes.values()));
            }
            Optional<Step> next = next(catalog, given, result.get());
            if (next.isEmpty()) {
                return Followed.NONE;
            }
            OptionDef option = catalog.option(next.get().option()).orElseThrow();
            String value = next.get().value();
            values.put(option.id(), option.isList() ? FlatOptions.splitList(value) : value);
            notes.put(option.id(), option.flag() + " " + value + ": " + fill(next.get().because(), result.get(), value));
        }
        return Followed.NONE;
    }

    private record Step(String option, String value, String because) {}

    /**
     * An option given where it does not apply chooses the value that makes it apply (the first
     * its appliesTo allows, in its first way); else the first catalog entry that matches, sets an option not given,
     * and changes its value.
     */
    private static Optional<Step> next(Catalog catalog, Map<String, Object> given, Result result) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        result.choices().values().forEach((id, value) -> values.put(id, List.of(String.valueOf(value))));
        for (OptionDef option : catalog.options()) {
            if (!given.containsKey(option.id()) || option.appliesTo().matches(values)) {
                continue;
            }
            for (var test : option.appliesTo().tests().entrySet()) {
                String other = test.getKey();
                if (!given.containsKey(other) && test.getValue().stream().noneMatch(
                        allowed -> holds(result.choices(), catalog, other, allowed))) {
                    return Optional.of(new Step(other, test.getValue().get(0),
                            option.flag() + " applies only with it"));
                }
            }
        }
        Map<String, List<String>> facts = new LinkedHashMap<>(result.facts());
        facts.put("given", List.copyOf(given.keySet()));
        for (ChoiceDefault entry : catalog.choiceDefaults()) {
            if (given.containsKey(entry.option()) || !entry.when().matches(facts)) {
                continue;
            }
            Optional<String> value = value(entry.value(), result);
            if (value.isPresent() && !holds(result.choices(), catalog, entry.option(), value.get())) {
                return Optional.of(new Step(entry.option(), value.get(), entry.because()));
            }
        }
        return Optional.empty();
    }

    /** Whether the option has this value already (a list option's value as ';'-separated text). */
    private static boolean holds(Choices choices, Catalog catalog, String option, String value) {
        return catalog.option(option).orElseThrow().isList()
                ? choices.list(option).equals(FlatOptions.splitList(value))
                : choices.text(option).equals(value);
    }

    /** The entry's value with its placeholders filled; empty where one has no value. */
    private static Optional<String> value(String template, Result result) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder value = new StringBuilder();
        while (placeholder.find()) {
            Optional<String> filled = placeholder(placeholder.group(1), result);
            if (filled.isEmpty()) {
                return Optional.empty();
            }
            placeholder.appendReplacement(value, Matcher.quoteReplacement(filled.get()));
        }
        placeholder.appendTail(value);
        return Optional.of(value.toString());
    }

    private static Optional<String> placeholder(String name, Result result) {
        PipelineSpec spec = result.spec();
        return switch (name) {
            // Known only without select expressions, which may make any column.
            case "timestampColumn" -> spec.select().isEmpty() ? onlyTimestamp(spec.schema()) : Optional.empty();
            case "otherTimestampColumn" -> spec.pattern().join()
                    .filter(join -> join.otherSelect().isEmpty())
                    .flatMap(join -> onlyTimestamp(join.otherSchema()));
            default -> result.choices().optional(name);
        };
    }

    private static Optional<String> onlyTimestamp(String schema) {
        List<String> timestamps = SchemaDdl.parse(schema).stream()
                .filter(column -> column.type().equals("TIMESTAMP"))
                .map(SchemaDdl.Column::name)
                .toList();
        return timestamps.size() == 1 ? Optional.of(timestamps.get(0)) : Optional.empty();
    }

    /** The reason with {@code {value}} and other placeholders filled, for the note. */
    private static String fill(String because, Result result, String value) {
        String filled = because.replace("{value}", value);
        return value(filled, result).orElse(filled);
    }
}
