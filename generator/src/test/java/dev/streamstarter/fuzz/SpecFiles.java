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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Spec files for {@code new DIR --spec FILE}: the samples' specs mutated a few times over, and
 * specs written from the catalog with fuzzed values, in every scalar style.
 */
final class SpecFiles {

    /** The samples' specs, read from the repository (tests run in the generator module). */
    static final List<String> SAMPLES = samples(Path.of("../samples"));

    /** Text that YAML reads as structure, put in raw. */
    private static final List<String> RAW_YAML = List.of(": ", "- ", "\t", "&a x", "*a", "*nope", "!!int 5",
            "!!binary aGk=", "!foo x", "!!null", "{", "}", "[", "]", "{a: [b, {c: d}]}", "? ", "%YAML 1.2\n---\n",
            "---\n", "\n...\n", "#", "|", ">", "'", "\"", "\n  - \n", "~", "<<: *a", "\u0000", "\ufeff",
            "[".repeat(200), "a: &a [*a]", "x: &x [a, a, a]\ny: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x]\n"
                    + "z: [*y, *y, *y, *y, *y, *y, *y, *y, *y]\n");

    private SpecFiles() {}

    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, mutatedSample()),
                Tuple.of(3, written()),
                Tuple.of(1, written().flatMap(SpecFiles::mutated)));
    }

    /** A sample's spec, changed one to three times. */
    static Arbitrary<String> mutatedSample() {
        return Arbitraries.of(SAMPLES).flatMap(SpecFiles::mutated);
    }

    private static Arbitrary<String> mutated(String spec) {
        Arbitrary<String> once = Arbitraries.just(spec);
        return Arbitraries.integers().between(1, 3).flatMap(times -> {
            Arbitrary<String> result = once;
            for (int i = 0; i < times; i++) {
                result = result.flatMap(SpecFiles::mutation);
            }
            return result;
        });
    }

    /** One change to the text: a value replaced, a line removed, doubled or added, the text cut. */
    private static Arbitrary<String> mutation(String spec) {
        List<String> lines = spec.lines().toList();
        if (lines.isEmpty()) {
            return Arbitraries.just(spec);
        }
        Arbitrary<Integer> line = Arbitraries.integers().between(0, lines.size() - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(6, line.flatMap(at -> replacedValue(lines, at))),
                Tuple.of(1, line.map(at -> without(lines, at))),
                Tuple.of(1, line.map(at -> with(lines, at, lines.get(at)))),
                Tuple.of(2, Combinators.combine(line, optionLine()).as((at, added) ->
                        with(lines, at, indentOf(lines.get(at)) + added))),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, spec.length()),
                        Arbitraries.of(RAW_YAML)).as((at, raw) -> spec.substring(0, at) + raw + spec.substring(at))),
                Tuple.of(1, Arbitraries.integers().between(0, spec.length()).map(at -> spec.substring(0, at))));
    }

    /** The line's value (after 'key: ' or '- ') replaced by an option-like value in some style. */
    private static Arbitrary<String> replacedValue(List<String> lines, int at) {
        String text = lines.get(at);
        int colon = text.indexOf(": ");
        int dash = text.indexOf("- ");
        int start = colon >= 0 ? colon + 2 : dash >= 0 && text.substring(0, dash).isBlank() ? dash + 2 : -1;
        if (start < 0) {
            return Arbitraries.just(String.join("\n", lines) + "\n");
        }
        String key = colon >= 0 ? text.substring(0, colon).strip().replaceFirst("^- ", "") : "";
        Arbitrary<String> value = CatalogOptions.CATALOG.option(key).map(OptionValues::any)
                .orElse(HostileStrings.any());
        return Combinators.combine(value, Arbitraries.of(YamlText.Style.values())).as((v, style) -> {
            List<String> changed = new ArrayList<>(lines);
            changed.set(at, text.substring(0, start) + YamlText.scalar(v, style, indentOf(text).length()));
            return String.join("\n", changed) + "\n";
        });
    }

    private static Arbitrary<String> optionLine() {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(CatalogOptions.all()).map(OptionDef::id)),
                Tuple.of(1, Arbitraries.of("pipelines", "sampleInput", "otherSampleInput", "Source", "sources",
                        "group-id", "null", "~", "\"\"", "? [a]", "x y")));
        return key.flatMap(k -> CatalogOptions.CATALOG.option(k).map(OptionValues::any).orElse(HostileStrings.any())
                .map(v -> k + ": " + YamlText.doubleQuoted(v)));
    }

    private static String without(List<String> lines, int at) {
        List<String> changed = new ArrayList<>(lines);
        changed.remove(at);
        return String.join("\n", changed) + "\n";
    }

    private static String with(List<String> lines, int at, String added) {
        List<String> changed = new ArrayList<>(lines);
        changed.add(at, added);
        return String.join("\n", changed) + "\n";
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    /** A spec written from the catalog: some project options, one to three pipelines. */
    static Arbitrary<String> written() {
        Arbitrary<List<String>> project = Arbitraries.of(CatalogOptions.project()).flatMap(option ->
                entry(option, OptionValues::any, "")).list().ofMaxSize(2).uniqueElements(line -> line.split(":", 2)[0]);
        Arbitrary<List<String>> pipelines = pipeline().list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(project, pipelines).as((top, each) -> {
            StringBuilder spec = new StringBuilder();
            top.forEach(line -> spec.append(line).append('\n'));
            spec.append("pipelines:\n");
            for (int i = 0; i < each.size(); i++) {
                // Distinct names unless the fuzzed ones collide: two default names always would.
                spec.append("  - pipelineName: p").append(i).append('\n').append(each.get(i));
            }
            return spec.toString();
        });
    }

    private static Arbitrary<String> pipeline() {
        Arbitrary<Map<String, String>> kinds = CliArguments.startingPoint();
        return kinds.flatMap(chosen -> {
            List<OptionDef> applicable = CatalogOptions.applicable(chosen).stream()
                    .filter(option -> option.scope() == OptionScope.PIPELINE && !chosen.containsKey(option.id()))
                    .filter(option -> !option.id().equals("pipelineName")) // named above
                    .toList();
            Arbitrary<List<String>> valid = Arbitraries.of(applicable)
                    .flatMap(option -> entry(option, OptionValues::validOne, "    ")).list().ofMaxSize(3);
            Arbitrary<List<String>> fuzzed = CliArguments.fuzzedCount().flatMap(count -> Arbitraries.of(applicable)
                    .flatMap(option -> entry(option, OptionValues::fuzzed, "    ")).list().ofSize(count));
            Arbitrary<List<String>> settings = Combinators.combine(valid, fuzzed).as((a, b) -> {
                // A key given twice is refused; keep the fuzzed setting of a key set by both.
                Map<String, String> byKey = new java.util.LinkedHashMap<>();
                a.forEach(line -> byKey.put(line.strip().split(":", 2)[0], line));
                b.forEach(line -> byKey.put(line.strip().split(":", 2)[0], line));
                return List.copyOf(byKey.values());
            });
            Arbitrary<String> sampleInput = sampleInput().optional(0.1).map(o -> o.orElse(""));
            return Combinators.combine(settings, sampleInput).as((lines, input) -> {
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
                lines.forEach(line -> text.append(line).append('\n'));
                return text.append(input).toString();
            });
        });
    }

    /** One option line: a list option as a YAML list (or flat), the others as a scalar. */
    private static Arbitrary<String> entry(OptionDef option,
            java.util.function.Function<OptionDef, Arbitrary<String>> values, String indent) {
        Arbitrary<YamlText.Style> style = Arbitraries.of(YamlText.Style.values());
        if (option.isList()) {
            Arbitrary<String> item = Combinators.combine(values.apply(option), style)
                    .as((v, s) -> indent + "  - " + YamlText.scalar(v, s, indent.length() + 4));
            return Arbitraries.frequencyOf(
                    Tuple.of(3, item.list().ofMinSize(1).ofMaxSize(3)
                            .map(items -> indent + option.id() + ":\n" + String.join("\n", items))),
                    Tuple.of(1, Combinators.combine(values.apply(option), style).as((v, s) ->
                            indent + option.id() + ": " + YamlText.scalar(v, s, indent.length()))));
        }
        return Combinators.combine(values.apply(option), style).as((v, s) ->
                indent + option.id() + ": " + YamlText.scalar(v, s, indent.length()));
    }

    /** A pipeline's own sample files, with names and contents that may be hostile. */
    private static Arbitrary<String> sampleInput() {
        Arbitrary<String> name = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("part-00000.json", "part-00001.json", "a.csv", "lines.txt")),
                Tuple.of(1, Arbitraries.of("../x.json", "a/b.json", "", ".hidden", "/etc/passwd", "con", "a\\b",
                        "é.json", "x".repeat(300), "*.json", "a b.json")));
        Arbitrary<String> content = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("{\"user\": \"ann\", \"action\": \"view\", \"amount\": 2.5,"
                        + " \"ts\": \"2026-01-01T09:00:00Z\"}\n")),
                Tuple.of(1, HostileStrings.any()));
        return Combinators.combine(name, content, Arbitraries.of("sampleInput", "otherSampleInput"))
                .as((n, c, key) -> "    " + key + ":\n      " + YamlText.doubleQuoted(n) + ": "
                        + YamlText.doubleQuoted(c) + "\n");
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
