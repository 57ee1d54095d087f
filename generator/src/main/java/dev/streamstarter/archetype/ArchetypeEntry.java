package dev.streamstarter.archetype;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.cli.Main;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Called by the archetype's post-generate script with the archetype properties: runs the CLI's
 * {@code new} with the same choices, so both front ends share every check, message and byte.
 */
public final class ArchetypeEntry {

    private ArchetypeEntry() {}

    /**
     * Generates into {@code target}; returns the CLI's exit code. Properties that are not catalog
     * options (archetype internals) are ignored.
     */
    public static int run(PrintStream out, PrintStream err, Map<?, ?> properties, String target) {
        return Main.run(out, err, arguments(Catalog.standard(), properties, target).toArray(String[]::new));
    }

    static List<String> arguments(Catalog catalog, Map<?, ?> properties, String target) {
        List<String> args = new ArrayList<>(List.of("new", target));
        for (OptionDef option : catalog.options()) {
            Object value = properties.get(option.id());
            if (value != null) {
                args.add(option.flag() + "=" + value);
            }
        }
        return args;
    }
}
