package dev.streamstarter.catalog;

import java.util.List;
import java.util.Locale;

/**
 * One option a user chooses: its id (archetype property and spec key), how values are checked,
 * its default and, for enumerations, the allowed values; {@code asked} where the guided mode of
 * {@code new} asks it (the real choices, not every setting).
 */
public record OptionDef(
        String id,
        OptionScope scope,
        ValueKind kind,
        String defaultValue,
        String description,
        List<OptionValue> values,
        Condition appliesTo,
        boolean asked) {

    public OptionDef {
        values = List.copyOf(values);
    }

    /** The command-line flag: the id in kebab case, e.g. {@code --output-mode}. */
    public String flag() {
        return "--" + id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The allowed value ids of an enumerated option, in catalog order. */
    public List<String> valueIds() {
        return values.stream().map(OptionValue::id).toList();
    }

    /** Whether values of this option are lists (separated by ';' in flat form). */
    public boolean isList() {
        return kind.isList();
    }
}
