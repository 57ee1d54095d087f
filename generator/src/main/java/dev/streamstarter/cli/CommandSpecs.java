package dev.streamstarter.cli;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** Builds the picocli command tree from the catalog, so flags and help come from the same data. */
final class CommandSpecs {

    static final String VERSION = "stream-starter 0.1.0";

    private CommandSpecs() {}

    static CommandLine commandLine(Catalog catalog) {
        CommandSpec top = CommandSpec.create()
                .name("stream-starter")
                .version(VERSION)
                .mixinStandardHelpOptions(true);
        top.usageMessage().description("Scaffolds a Spark Structured Streaming project in Java.");
        CommandLine commandLine = new CommandLine(top);
        commandLine.addSubcommand("new", choicesCommand(catalog, "new",
                "Generates a project into DIR (nothing is written if a choice is invalid).", true));
        commandLine.addSubcommand("update", updateCommand());
        commandLine.addSubcommand("check", choicesCommand(catalog, "check",
                "Checks choices and prints the rules and warnings that apply, writing nothing.", false));
        CommandSpec list = CommandSpec.create().name("list").mixinStandardHelpOptions(true);
        list.usageMessage().description("Lists every option with its allowed values and default, and every rule.");
        list.addOption(OptionSpec.builder("--json").description("Print JSON.").build());
        commandLine.addSubcommand("list", list);
        return commandLine;
    }

    private static CommandSpec updateCommand() {
        CommandSpec spec = CommandSpec.create().name("update");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
        spec.usageMessage().description(
                "Generates the project in DIR again from its stream-starter.yaml (edit it to change a choice):"
                        + " files you did not change are rewritten, files you wrote are never touched, and for a"
                        + " generated file you changed the new version goes beside it (<name>.new) and is listed.");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("DIR").arity("1")
                .description("Folder of a generated project.").type(String.class).build());
        spec.addOption(OptionSpec.builder("--spec").paramLabel("FILE").type(String.class)
                .description("YAML spec to update to, instead of DIR/stream-starter.yaml.").build());
        return spec;
    }

    private static CommandSpec choicesCommand(Catalog catalog, String name, String description, boolean writes) {
        // No standard --version here: in new/check, --version is the project's Maven version.
        CommandSpec spec = CommandSpec.create().name(name);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
        spec.usageMessage().description(description);
        if (writes) {
            spec.addPositional(PositionalParamSpec.builder().paramLabel("DIR").arity("1")
                    .description("Folder to create.").type(String.class).build());
            spec.addOption(OptionSpec.builder("--interactive")
                    .description("Ask each choice that applies, with its allowed values and default (the default in a"
                            + " terminal when no choice is given).").build());
            spec.addOption(OptionSpec.builder("--batch")
                    .description("Never ask: take the defaults of the choices not given.").build());
            spec.addOption(OptionSpec.builder("--force")
                    .description("Update DIR if it holds a generated project, as update does: files you wrote or changed are kept.").build());
        }
        spec.addOption(OptionSpec.builder("--spec").paramLabel("FILE").type(String.class)
                .description("YAML spec with one or more pipelines (instead of the option flags).").build());
        for (OptionDef option : catalog.options()) {
            OptionSpec.Builder builder = OptionSpec.builder(option.flag())
                    .paramLabel(option.isList() ? "EXPR" : "VALUE")
                    .type(String.class)
                    .description(description(option));
            if (option.isList()) {
                builder.type(List.class).auxiliaryTypes(String.class).arity("1");
            }
            spec.addOption(builder.build());
        }
        return spec;
    }

    private static String description(OptionDef option) {
        String allowed = option.values().isEmpty() ? "" : " One of: " + String.join(", ", option.valueIds()) + ".";
        String repeat = option.isList() ? " Repeatable, or separate with ';'." : "";
        return option.description() + allowed + repeat + " Default: '" + option.defaultValue() + "'.";
    }

    /** The catalog options given on the command line, as flat id to value pairs. */
    static Map<String, String> flatChoices(Catalog catalog, ParseResult parsed) {
        Map<String, String> values = new LinkedHashMap<>();
        for (OptionDef option : catalog.options()) {
            if (parsed.hasMatchedOption(option.flag())) {
                Object value = parsed.matchedOptionValue(option.flag(), null);
                values.put(option.id(), value instanceof List<?> list
                        ? String.join(";", list.stream().map(String::valueOf).toList())
                        : String.valueOf(value));
            }
        }
        return values;
    }
}
