package dev.streamstarter.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checked option values of one scope, defaults applied: text for plain options, lists for lists. */
public record Choices(Map<String, Object> values) {

    public Choices {
        values = Map.copyOf(values);
    }

    /** The text value of a plain option. */
    public String text(String id) {
        Object value = values.get(id);
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("no text option '" + id + "'");
        }
        return text;
    }

    /** The text value, or empty when it is blank or {@code none}. */
    public Optional<String> optional(String id) {
        String text = text(id);
        return text.isBlank() || text.equals("none") ? Optional.empty() : Optional.of(text);
    }

    /** The items of a list option. */
    @SuppressWarnings("unchecked")
    public List<String> list(String id) {
        Object value = values.get(id);
        if (!(value instanceof List<?>)) {
            throw new IllegalArgumentException("no list option '" + id + "'");
        }
        return (List<String>) value;
    }
}
