package dev.streamstarter.fuzz;

import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.OptionScope;
import dev.streamstarter.spec.FlatOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Spec files for {@code new DIR --spec FILE}: the samples' specs mutated a few times over, and
 * specs written from the catalog with fuzzed values, in every scalar style.
 */
final class SpecFiles {

    /** The samples' specs, read from the repository (tests run in the generator module). */
    static final List<String> SAMPLES = samples(Path.of("../samples"));

    /** Text that YAML reads as structure, put in raw. */
    private static final List<String> RAW_YAML = List.of(": ", "- ", "-", "\t", "&a x", "*a", "*nope", "!!int 5",
            "!!binary aGk=", "!foo x", "!!null", "!!map {}", "!!seq []", "{", "}", "[", "]", "{a: [b, {c: d}]}", "? ",
            "%YAML 1.2\n---\n", "---\n", "\n...\n", "#", "|", ">", "'", "\"", "\n  - \n", "\n  -\n", "~", "<<: *a",
            "\u0000", "\ufeff", "[".repeat(200), "a: &a [*a]", "x: &x [a, a, a]\ny: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x]\n"
                    + "z: [*y, *y, *y, *y, *y, *y, *y, *y, *y]\n");

    /** Values of the wrong YAML type or that YAML 1.1 reads as something other than a string. */
    private static final List<String> WRONG_TYPES = List.of("", "~", "null", "Null", "[]", "{}", "[a, b]", "[[]]",
            "{a: b}", "\n      - a\n      - b", "\n      a: b", "\n      -", "5", "-1", "0.5", "true", "no", "off",
            "010", "0x1F", "1.10", "1e3", ".nan", "2024-01-01", "2024-01-01 12:30:00", "12:30:00", "!!binary aGk=",
            "!!str 5", "!!int x", "!!float 1", "!!bool yes", "!!timestamp 2024-01-01", "!!set {a, b}",
            "!!omap [a: 1]", "!java.lang.Object {}", "'", "\"", "|", ">", "&", "*", "@x", "`x`");

    private SpecFiles() {}

    /** A mutated sample (2 in 6), a spec written from the catalog (3 in 6), or a written one mutated. */
    static String any(Random random) {
        int roll = random.nextInt(6);
        if (roll < 2) {
            return mutated(random, Picks.one(random, SAMPLES));
        }
        if (roll < 5) {
            return written(random);
        }
        return mutated(random, written(random));
    }

    /** The spec changed once or twice (more, and hardly any is accepted). */
    static String mutated(Random random, String spec) {
        String result = spec;
        for (int i = Picks.between(random, 1, 2); i > 0; i--) {
            result = mutation(random, result);
        }
        return result;
    }

    /**
     * One change to the text: a value replaced by an option-like one or one of the wrong type, a
     * line removed or doubled (a duplicate key), a key set or an empty list item added, a value
     * anchored and aliased elsewhere, raw YAML put in, or the text cut.
     */
    private static String mutation(Random random, String spec) {
        List<String> lines = spec.lines().toList();
        if (lines.isEmpty()) {
            return spec;
        }
        int at = random.nextInt(lines.size());
        int roll = random.nextInt(16);
        if (roll < 6) {
            return replacedValue(random, lines, at);
        }
        if (roll < 8) {
            return withValue(lines, at, Picks.one(random, WRONG_TYPES));
        }
        return switch (roll) {
            case 8 -> without(lines, at);
            case 9 -> with(lines, at, lines.get(at));
            case 10, 11 -> with(lines, at, indentOf(lines.get(at)) + optionLine(random));
            case 12 -> with(lines, at + 1, indentOf(lines.get(at)) + Picks.one(random, List.of("-", "- ", "- ~", "- ''")));
            case 13 -> aliased(lines, at, random.nextInt(lines.size()));
            case 14 -> {
                int cut = random.nextInt(spec.length() + 1);
                yield spec.substring(0, cut) + Picks.one(random, RAW_YAML) + spec.substring(cut);
            }
            default -> spec.substring(0, random.nextInt(spec.length() + 1));
        };
    }

    /** The line's value (after 'key: ' or '- ') replaced by a value of its option in some style. */
    private static String replacedValue(Random random, List<String> lines, int at) {
        String text = lines.get(at);
        int start = valueStart(text);
        if (start < 0) {
            return joined(lines);
        }
        int colon = text.indexOf(": ");
        String key = colon >= 0 ? text.substring(0, colon).strip().replaceFirst("^- ", "") : "";
        String value = CatalogOptions.CATALOG.option(key).map(option -> OptionValues.any(random, option))
                .orElseGet(() -> HostileStrings.any(random));
        return withValue(lines, at, YamlText.scalar(value, Picks.one(random, List.of(YamlText.Style.values())),
                indentOf(text).length()));
    }

    /** The line's value replaced by this text as it is; a line without a value is left alone. */
    private static String withValue(List<String> lines, int at, String yaml) {
        String text = lines.get(at);
        int start = valueStart(text);
        if (start < 0) {
            return joined(lines);
        }
        List<String> changed = new ArrayList<>(lines);
        changed.set(at, text.substring(0, start) + yaml);
        return joined(changed);
    }

    /** The value of one line anchored, and the value of another made an alias of it. */
    private static String aliased(List<String> lines, int anchored, int alias) {
        int from = valueStart(lines.get(anchored));
        int to = valueStart(lines.get(alias));
        if (from < 0 || to < 0) {
            return joined(lines);
        }
        List<String> changed = new ArrayList<>(lines);
        changed.set(anchored, lines.get(anchored).substring(0, from) + "&v " + lines.get(anchored).substring(from));
        if (alias != anchored) {
            changed.set(alias, lines.get(alias).substring(0, to) + "*v");
        }
        return joined(changed);
    }

    /** Where the value of 'key: value' or '- value' starts; -1 for a line without one. */
    private static int valueStart(String text) {
        int colon = text.indexOf(": ");
        int dash = text.indexOf("- ");
        return colon >= 0 ? colon + 2 : dash >= 0 && text.substring(0, dash).isBlank() ? dash + 2 : -1;
    }

    private static String optionLine(Random random) {
        String key = random.nextInt(5) < 4 ? Picks.one(random, CatalogOptions.all()).id()
                : Picks.one(random, List.of("pipelines", "sampleInput", "otherSampleInput", "Source", "sources",
                        "group-id", "null", "~", "\"\"", "? [a]", "x y", "<<"));
        String value = CatalogOptions.CATALOG.option(key).map(option -> OptionValues.any(random, option))
                .orElseGet(() -> HostileStrings.any(random));
        return key + ": " + YamlText.doubleQuoted(value);
    }

    private static String without(List<String> lines, int at) {
        List<String> changed = new ArrayList<>(lines);
        changed.remove(at);
        return joined(changed);
    }

    private static String with(List<String> lines, int at, String added) {
        List<String> changed = new ArrayList<>(lines);
        changed.add(at, added);
        return joined(changed);
    }

    private static String joined(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    /** A spec written from the catalog: up to two project options, one to three pipelines. */
    static String written(Random random) {
        Map<String, String> project = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            OptionDef option = Picks.one(random, CatalogOptions.project());
            project.put(option.id(), entry(random, option, OptionValues::any, ""));
        }
        StringBuilder spec = new StringBuilder();
        project.values().forEach(line -> spec.append(line).append('\n'));
        spec.append("pipelines:\n");
        int pipelines = Picks.between(random, 1, 3);
        for (int i = 0; i < pipelines; i++) {
            // Distinct names unless the fuzzed ones collide: two default names always would.
            spec.append("  - pipelineName: p").append(i).append('\n').append(pipeline(random));
        }
        return spec.toString();
    }

    private static String pipeline(Random random) {
        Map<String, String> chosen = CliArguments.startingPoint(random);
        List<OptionDef> applicable = CatalogOptions.applicable(chosen).stream()
                .filter(option -> option.scope() == OptionScope.PIPELINE && !chosen.containsKey(option.id()))
                .filter(option -> !option.id().equals("pipelineName")) // named above
                .toList();
        // A key given twice is refused; keep the fuzzed setting of a key set by both.
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            OptionDef option = Picks.one(random, applicable);
            settings.put(option.id(), entry(random, option, OptionValues::validOne, "    "));
        }
        for (int i = CliArguments.fuzzedCount(random); i > 0; i--) {
            OptionDef option = Picks.one(random, applicable);
            settings.put(option.id(), entry(random, option, OptionValues::fuzzed, "    "));
        }
        StringBuilder text = new StringBuilder();
        chosen.forEach((id, value) -> {
            text.append("    ").append(id).append(":");
            if (CatalogOptions.option(id).isList()) {
                FlatOptions.splitList(value).forEach(item ->
                        text.append("\n      - ").append(YamlText.doubleQuoted(item)));
                text.append('\n');
            } else {
                text.append(' ').append(YamlText.doubleQuoted(value)).append('\n');
            }
        });
        settings.values().forEach(line -> text.append(line).append('\n'));
        if (Picks.oneIn(random, 10)) {
            text.append(sampleInput(random));
        }
        return text.toString();
    }

    /** One option line: a list option as a YAML list (3 in 4) or flat, the others as a scalar. */
    private static String entry(Random random, OptionDef option, BiFunction<Random, OptionDef, String> values,
            String indent) {
        if (option.isList() && random.nextInt(4) < 3) {
            List<String> items = new ArrayList<>();
            for (int i = Picks.between(random, 1, 3); i > 0; i--) {
                items.add(indent + "  - " + YamlText.scalar(values.apply(random, option), style(random),
                        indent.length() + 4));
            }
            return indent + option.id() + ":\n" + String.join("\n", items);
        }
        return indent + option.id() + ": " + YamlText.scalar(values.apply(random, option), style(random),
                indent.length());
    }

    private static YamlText.Style style(Random random) {
        return Picks.one(random, List.of(YamlText.Style.values()));
    }

    /** A pipeline's own sample files, with names and contents that may be hostile. */
    private static String sampleInput(Random random) {
        String name = random.nextInt(4) < 3 ? Picks.one(random, List.of("part-00000.json", "part-00001.json",
                "a.csv", "lines.txt"))
                : Picks.one(random, List.of("../x.json", "a/b.json", "", ".hidden", "/etc/passwd", "con", "a\\b",
                        "é.json", "x".repeat(300), "*.json", "a b.json"));
        String content = random.nextInt(4) < 3 ? "{\"user\": \"ann\", \"action\": \"view\", \"amount\": 2.5,"
                + " \"ts\": \"2026-01-01T09:00:00Z\"}\n" : HostileStrings.any(random);
        String key = random.nextBoolean() ? "sampleInput" : "otherSampleInput";
        return "    " + key + ":\n      " + YamlText.doubleQuoted(name) + ": " + YamlText.doubleQuoted(content) + "\n";
    }

    private static List<String> samples(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            List<String> specs = new ArrayList<>();
            for (Path folder : folders.sorted().toList()) {
                Path spec = folder.resolve("stream-starter.yaml");
                if (Files.isRegularFile(spec)) {
                    specs.add(Files.readString(spec, StandardCharsets.UTF_8));
                }
            }
            if (specs.isEmpty()) {
                throw new IllegalStateException("no samples/*/stream-starter.yaml under " + root.toAbsolutePath());
            }
            return List.copyOf(specs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
