package dev.streamstarter.render;

import dev.streamstarter.catalog.KindDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts that the kinds of one pipeline (or of a whole project) bring to a slot of a shared
 * template, in kind order. Templates reach them through the {@code #part} and {@code #projectPart}
 * macros; a kind without a part for a slot adds nothing there.
 */
public final class Parts {

    /** Whether a part resource exists, by name: the kinds' folders do not change while we run. */
    private static final Map<String, Boolean> EXISTS = new ConcurrentHashMap<>();

    private final List<KindDef> kinds;
    private final String packageName;

    Parts(List<KindDef> kinds, String packageName) {
        this.kinds = List.copyOf(kinds);
        this.packageName = packageName;
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
     * package), static ones first, each group sorted, one blank line between.
     */
    public String imports(String template, List<String> shared) {
        TreeSet<String> statics = new TreeSet<>();
        TreeSet<String> plain = new TreeSet<>();
        List<String> all = new ArrayList<>(shared);
        for (String resource : of(template + "/imports")) {
            lines(resource).forEach(line -> all.add(line.replace("{package}", packageName)));
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
