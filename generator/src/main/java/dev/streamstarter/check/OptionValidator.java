package dev.streamstarter.check;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.OptionScope;
import dev.streamstarter.catalog.ValueKind;
import dev.streamstarter.spec.FlatOptions;
import dev.streamstarter.spec.SchemaDdl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every given option against the catalog and fills in defaults. Each problem names the
 * option, the value given and what is allowed.
 */
final class OptionValidator {

    /** The value that leaves an optional option unset. */
    static final String NONE = "none";
    /** The most a class file's string constant holds. */
    static final int MOST_CONSTANT_BYTES = 65_535;

    private final Catalog catalog;

    OptionValidator(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Checks one scope's options, adding problems to {@code problems}. */
    Choices validate(OptionScope scope, Map<String, Object> given, Map<String, String> context,
            List<Problem> problems) {
        return validate(scope, given, context, Map.of(), problems);
    }

    /**
     * Checks one scope's options; an option not given takes its value from {@code followed}
     * (defaults that follow the other choices) where that has one, else its plain default.
     */
    Choices validate(OptionScope scope, Map<String, Object> given, Map<String, String> context,
            Map<String, Object> followed, List<Problem> problems) {
        List<OptionDef> options = catalog.options(scope);
        Set<String> known = options.stream().map(OptionDef::id).collect(Collectors.toSet());
        for (String id : given.keySet()) {
            if (!known.contains(id)) {
                problems.add(Problem.ofOption(unknown(scope, id, options)));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (OptionDef option : options) {
            boolean defaulted = !given.containsKey(option.id());
            Object value = !defaulted ? unsetAsNone(option, given.get(option.id()))
                    : followed.containsKey(option.id()) ? followed.get(option.id()) : defaultOf(option, context);
            String problem = problemOf(option, value);
            if (problem != null) {
                problems.add(Problem.ofOption(defaulted ? problem + derivedFrom(option, context) : problem));
            }
            values.put(option.id(), value);
        }
        checkApplicability(options, values, given, context, problems);
        return new Choices(values);
    }

    /**
     * An empty value of an optional option is {@code none}, as the archetype reads it: so
     * {@code --filter=} and {@code -Dfilter=} record the same spec.
     */
    private static Object unsetAsNone(OptionDef option, Object value) {
        boolean unset = value instanceof String text && text.isBlank();
        return unset && !option.isList() && option.defaultValue().equals(NONE) ? NONE : value;
    }

    private Object defaultOf(OptionDef option, Map<String, String> context) {
        String value = option.defaultValue();
        for (var entry : context.entrySet()) {
            value = value.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return option.isList() ? FlatOptions.splitList(value) : value;
    }

    /**
     * Where a default made of other options' values came from, e.g. --package from --group-id: the
     * user gave only the other option, so the message must name it.
     */
    private String derivedFrom(OptionDef option, Map<String, String> context) {
        List<String> sources = context.keySet().stream()
                .filter(id -> option.defaultValue().contains("{" + id + "}"))
                .sorted()
                .toList();
        if (sources.isEmpty()) {
            return "";
        }
        List<String> given = sources.stream()
                .map(id -> catalog.option(id).map(OptionDef::flag).orElse(id) + " '" + Printable.oneLine(context.get(id)) + "'")
                .toList();
        return " (" + option.flag() + " was not given and defaults to " + String.join(", ", given)
                + "; give " + option.flag() + ")";
    }

    private static String problemOf(OptionDef option, Object value) {
        if (option.isList()) {
            if (!(value instanceof List<?> items)) {
                return option.flag() + " must be a list";
            }
            for (Object item : items) {
                // An item is always a value given: 'none' leaves a scalar unset, not a list's item
                // (a spec's 'sparkConf: [none]' reached the templates as a setting without '=').
                String problem = problemOfOne(option, String.valueOf(item), true);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (!(value instanceof String text)) {
            return option.flag() + " takes one value, not a list";
        }
        return problemOfOne(option, text, false);
    }

    private static String problemOfOne(OptionDef option, String value, boolean listItem) {
        if (!listItem && (value.isEmpty() || value.equals(NONE)) && option.defaultValue().equals(NONE)) {
            return null; // an optional option left unset
        }
        if (hasLoneSurrogate(value)) {
            // Not text: UTF-8 files cannot hold it, so the recorded spec would not give it back.
            return option.flag() + " has a character that is not text (an unpaired UTF-16 surrogate, e.g. from a"
                    + " YAML escape \\ud800); write the character itself or remove it";
        }
        long bytes = classFileBytes(value);
        if (bytes > MOST_CONSTANT_BYTES) {
            // Every value becomes a string constant of the generated code, which javac limits.
            return option.flag() + " is " + value.length() + " characters long (" + bytes
                    + " bytes in a class file); at most " + MOST_CONSTANT_BYTES + " bytes fit in a Java string constant";
        }
        if (option.kind() == ValueKind.ENUM) {
            return option.valueIds().contains(value)
                    ? null
                    : option.flag() + " '" + Printable.oneLine(value) + "' is not allowed; allowed: "
                            + String.join(", ", option.valueIds());
        }
        if (option.kind() == ValueKind.DDL && SchemaDdl.problem(value) != null) {
            return option.flag() + " '" + Printable.oneLine(value) + "' is not valid: " + SchemaDdl.problem(value);
        }
        return option.kind().accepts(value)
                ? null
                : option.flag() + " '" + Printable.oneLine(value) + "' is not valid; allowed: " + option.kind().allowed();
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the text in a class file's constant pool (modified UTF-8). */
    private static long classFileBytes(String text) {
        return text.chars().mapToLong(c -> c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3).sum();
    }

    /** An option set to something other than its default must apply to the other choices. */
    private void checkApplicability(List<OptionDef> options, Map<String, Object> values,
            Map<String, Object> given, Map<String, String> context, List<Problem> problems) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        values.forEach((id, value) -> facts.put(id, List.of(String.valueOf(value))));
        for (OptionDef option : options) {
            boolean changed = given.containsKey(option.id())
                    && !String.valueOf(given.get(option.id())).equals(String.valueOf(defaultOf(option, context)));
            if (changed && !option.appliesTo().matches(facts)) {
                problems.add(Problem.ofApplicability(option.flag() + " applies only with " + describe(options, option)
                        + "; remove it or change those options"));
            }
        }
    }

    private static String describe(List<OptionDef> options, OptionDef option) {
        List<String> branches = new ArrayList<>();
        for (Map<String, List<String>> tests : option.appliesTo().branches()) {
            List<String> parts = new ArrayList<>();
            tests.forEach((id, allowed) -> {
                String flag = options.stream().filter(o -> o.id().equals(id)).findFirst()
                        .map(OptionDef::flag).orElse(id);
                parts.add(flag + " " + String.join(" or ", allowed));
            });
            branches.add(String.join(" and ", parts));
        }
        return String.join(", or with ", branches);
    }

    private static String unknown(OptionScope scope, String id, List<OptionDef> options) {
        return "unknown " + scope.name().toLowerCase(java.util.Locale.ROOT) + " option '" + Printable.oneLine(id)
                + "'; allowed: " + options.stream().map(OptionDef::id).collect(Collectors.joining(", "));
    }
}
