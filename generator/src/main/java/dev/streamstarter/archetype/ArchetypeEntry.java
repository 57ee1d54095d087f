package dev.streamstarter.archetype;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Called by the archetype's post-generate script with the archetype properties: runs the CLI's
 * {@code new} with the same choices, so both front ends share every check, message and byte; the
 * messages name archetype properties where the CLI names flags.
 */
public final class ArchetypeEntry {

    private ArchetypeEntry() {}

    /**
     * Generates into {@code target}; returns the CLI's exit code. Properties that are not catalog
     * options (archetype internals) are ignored.
     */
    public static int run(PrintStream out, PrintStream err, Map<?, ?> properties, String target) {
        return run(out, err, properties, Map.of(), target);
    }

    /**
     * Like {@link #run(PrintStream, PrintStream, Map, String)}, and first refuses a Maven {@code -D}
     * property (among {@code commandLine}, the JVM's system properties) that is a misspelled option:
     * the archetype plugin passes on only the properties it knows, so {@code -Dfliter} would be
     * lost silently where the CLI refuses {@code --fliter}.
     */
    public static int run(PrintStream out, PrintStream err, Map<?, ?> properties, Map<?, ?> commandLine,
            String target) {
        Catalog catalog = Catalog.standard();
        var misspelled = MisspelledProperties.find(catalog, commandLine.keySet());
        if (!misspelled.isEmpty()) {
            misspelled.forEach(problem -> err.println("error: " + problem));
            err.println("nothing was written");
            err.flush();
            return 2;
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int exitCode = Main.run(out, new PrintStream(messages, true, StandardCharsets.UTF_8),
                arguments(catalog, properties, target).toArray(String[]::new));
        err.print(asProperties(catalog, messages.toString(StandardCharsets.UTF_8)));
        err.flush();
        return exitCode;
    }

    /**
     * The CLI's messages as an archetype user reads them: each option's flag becomes the property
     * that sets it ({@code --event-time} becomes {@code -DeventTime}).
     */
    static String asProperties(Catalog catalog, String messages) {
        String text = messages;
        for (OptionDef option : catalog.options()) {
            text = text.replaceAll("(?<![\\w-])" + Pattern.quote(option.flag()) + "(?![\\w-])",
                    Matcher.quoteReplacement("-D" + option.id()));
        }
        return text;
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
