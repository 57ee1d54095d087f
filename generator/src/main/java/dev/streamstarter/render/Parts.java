package dev.streamstarter.render;

import dev.streamstarter.catalog.KindDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts that the kinds of one pipeline (or of a whole project) bring to a slot of a shared
 * template, in kind order. Templates reach them through the {@code #part} and {@code #projectPart}
 * macros; a kind without a part for a slot adds nothing there.
 */
public final class Parts {

    /** Whether a part resource exists, by name: the kinds' folders do not change while we run. */
    private static final Map<String, Boolean> EXISTS = new ConcurrentHashMap<>();

    /** An import line's condition: {@code java.util.Optional [badRecords: dead-letter]}. */
    private static final Pattern CONDITIONAL = Pattern.compile("(.+?)\\s+\\[(\\w+):\\s*([\\w-]+(?:,\\s*[\\w-]+)*)\\]");

    private final List<KindDef> kinds;
    private final String packageName;
    private final Map<String, ? extends Collection<String>> facts;

    Parts(List<KindDef> kinds, String packageName, Map<String, ? extends Collection<String>> facts) {
        this.kinds = List.copyOf(kinds);
        this.packageName = packageName;
        this.facts = facts;
    }

    /** Resources of the parts for {@code slot} (e.g. {@code pipeline/read}), ready for {@code #parse}. */
    public List<String> of(String slot) {
        return kinds.stream()
                .map(kind -> TemplateEngine.ROOT + kind.part(slot))
                .filter(resource -> EXISTS.computeIfAbsent(resource,
                        name -> Parts.class.getClassLoader().getResource(name) != null))
                .toList();
    }

    /**
     * The import block of a shared template: its own imports and those the kinds declare for it
     * ({@code parts/<template>/imports.txt}, one per line, {@code {package}} for the project's
     * package; a line ending in {@code [fact: value]} or {@code [fact: value, value]} only where that fact has
     * one of those values), static
     * ones first, each group sorted, one blank line between.
     */
    public String imports(String template, List<String> shared) {
        TreeSet<String> statics = new TreeSet<>();
        TreeSet<String> plain = new TreeSet<>();
        List<String> all = new ArrayList<>(shared);
        for (String resource : of(template + "/imports")) {
            for (String line : lines(resource)) {
                Matcher conditional = CONDITIONAL.matcher(line);
                if (conditional.matches()) {
                    Collection<String> values = facts.get(conditional.group(2));
                    if (values == null || Arrays.stream(conditional.group(3).split(",\\s*")).noneMatch(values::contains)) {
                        continue;
                    }
                    line = conditional.group(1);
                }
                all.add(line.replace("{package}", packageName));
            }
        }
        for (String name : all) {
            if (name.startsWith("static ")) {
                statics.add(name.substring("static ".length()));
            } else {
                plain.add(name);
            }
        }
        StringBuilder block = new StringBuilder();
        statics.forEach(name -> block.append("import static ").append(name).append(";\n"));
        if (!statics.isEmpty() && !plain.isEmpty()) {
            block.append('\n');
        }
        plain.forEach(name -> block.append("import ").append(name).append(";\n"));
        return block.toString();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Parts.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Whether any kind brings a part for {@code slot}. */
    public boolean has(String slot) {
        return !of(slot).isEmpty();
    }
}
