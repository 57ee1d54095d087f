package dev.streamstarter.cli;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.catalog.OptionValue;
import dev.streamstarter.catalog.RuleDef;
import dev.streamstarter.spec.SchemaDdl;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ParseResult;

/** {@code list}: every option with allowed values and default, and every rule, as text or JSON. */
final class ListCommand {

    private final Catalog catalog;
    private final PrintStream out;

    ListCommand(Catalog catalog, PrintStream out) {
        this.catalog = catalog;
        this.out = out;
    }

    int run(ParseResult command) {
        if (command.hasMatchedOption("--json")) {
            out.println(Json.write(document()));
        } else {
            printText();
        }
        return ExitCode.OK;
    }

    private void printText() {
        out.println("Options (CLI flag / archetype property and spec key), default in brackets:");
        for (OptionDef option : catalog.options()) {
            out.println();
            out.println("  " + option.flag() + " / " + option.id() + "  [" + option.defaultValue() + "]");
            out.println("      " + option.description());
            if (!option.appliesTo().tests().isEmpty()) {
                out.println("      only with: " + option.appliesTo().branches().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(" or ")));
            }
            if (option.values().isEmpty()) {
                out.println("      allowed: " + option.kind().allowed());
            }
            for (OptionValue value : option.values()) {
                out.println(String.format("      %-20s %s", value.id(), value.description()));
            }
        }
        out.println();
        out.println("Schema types: " + String.join(", ", SchemaDdl.TYPES));
        out.println();
        out.println("Rules (error: refused; warning: generated, and listed in the project's README):");
        for (RuleDef rule : catalog.rules()) {
            out.println();
            out.println("  " + rule.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + rule.id()
                    + "  when " + rule.when().tests());
            out.println("      " + rule.message());
            out.println("      fix: " + rule.fix());
        }
    }

    private Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("options", catalog.options().stream().map(ListCommand::option).toList());
        document.put("schemaTypes", SchemaDdl.TYPES);
        document.put("rules", catalog.rules().stream().map(ListCommand::rule).toList());
        return document;
    }

    private static Map<String, Object> option(OptionDef option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", option.id());
        json.put("flag", option.flag());
        json.put("scope", option.scope().name().toLowerCase(java.util.Locale.ROOT));
        json.put("description", option.description());
        json.put("default", option.defaultValue());
        json.put("list", option.isList());
        json.put("allowed", option.values().isEmpty() ? option.kind().allowed() : option.valueIds());
        // One set of tests, or a list of them where any one set will do.
        json.put("appliesTo", option.appliesTo().alternatives().isEmpty()
                ? option.appliesTo().tests() : option.appliesTo().branches());
        json.put("values", option.values().stream()
                .map(value -> Map.of("id", value.id(), "description", value.description()))
                .toList());
        return json;
    }

    private static Map<String, Object> rule(RuleDef rule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", rule.id());
        json.put("severity", rule.severity().name().toLowerCase(java.util.Locale.ROOT));
        json.put("when", rule.when().tests());
        json.put("message", rule.message());
        json.put("fix", rule.fix());
        return json;
    }

}
