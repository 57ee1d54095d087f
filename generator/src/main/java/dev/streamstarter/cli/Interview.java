package dev.streamstarter.cli;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import dev.streamstarter.check.CheckedProject;
import dev.streamstarter.check.Choices;
import dev.streamstarter.check.InvalidSpecException;
import dev.streamstarter.check.Printable;
import dev.streamstarter.check.Problem;
import dev.streamstarter.check.SpecChecker;
import dev.streamstarter.spec.FlatOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guided mode of {@code new}: asks the options the catalog marks {@code ask}, in catalog
 * order, each only where it applies to the answers so far, with its allowed values and the
 * default that follows those answers. An empty answer takes that default and leaves the option
 * free to follow later answers; a value or a combination the checks refuse is reported at once,
 * and the question asked again. Options given as flags are not asked.
 */
final class Interview {

    private final Catalog catalog;
    private final SpecChecker checker;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean terminal;

    /** {@code terminal}: the answers are typed (a terminal shows them); else they are echoed, as a transcript. */
    Interview(Catalog catalog, BufferedReader in, PrintStream out, boolean terminal) {
        this.catalog = catalog;
        this.checker = new SpecChecker(catalog);
        this.in = in;
        this.out = out;
        this.terminal = terminal;
    }

    /** The given choices and the answers, as flat option id to value pairs. */
    Map<String, String> run(Map<String, String> given) throws SpecInputException, IOException {
        Map<String, String> answers = new LinkedHashMap<>(given);
        out.println("Answer each question, or press Enter for the default in brackets.");
        for (OptionDef option : catalog.options()) {
            if (!option.asked() || answers.containsKey(option.id())) {
                continue;
            }
            Choices now = resolved(answers);
            if (!option.appliesTo().matches(facts(now))) {
                continue;
            }
            ask(option, now, answers);
        }
        return answers;
    }

    private void ask(OptionDef option, Choices now, Map<String, String> answers) throws SpecInputException, IOException {
        String shown = now.values().containsKey(option.id()) ? text(now.values().get(option.id())) : option.defaultValue();
        out.println(option.flag().substring(2) + ": " + option.description());
        while (true) {
            out.print(option.values().isEmpty()
                    ? "  [" + shown + "]: "
                    : "  " + String.join(", ", option.valueIds()) + " [" + shown + "]: ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                throw new SpecInputException("the input ended before " + option.flag() + " was answered; nothing was written");
            }
            if (!terminal) {
                out.println(line);
            }
            String answer = line.strip();
            if (answer.isEmpty()) {
                return;
            }
            Map<String, String> tried = new LinkedHashMap<>(answers);
            tried.put(option.id(), answer);
            List<Problem> problems = problems(tried);
            if (problems.isEmpty()) {
                answers.put(option.id(), answer);
                return;
            }
            for (Problem problem : problems) {
                out.println("  error: " + problem.message());
                if (!problem.fix().isEmpty()) {
                    out.println("    fix: " + problem.fix());
                }
            }
            out.println("  '" + Printable.oneLine(answer) + "' does not go with the answers so far; try again");
        }
    }

    /** What the checks refuse in these choices (defaults following them); none if they pass. */
    private List<Problem> problems(Map<String, String> choices) {
        try {
            checker.check(FlatOptions.read(catalog, choices));
            return List.of();
        } catch (InvalidSpecException e) {
            return e.problems();
        }
    }

    /** Every option's value under these answers: the project's and the pipeline's, defaults followed. */
    private Choices resolved(Map<String, String> answers) {
        try {
            CheckedProject project = checker.check(FlatOptions.read(catalog, answers));
            Map<String, Object> values = new LinkedHashMap<>(project.choices().values());
            values.putAll(project.pipelines().get(0).choices().values());
            return new Choices(values);
        } catch (InvalidSpecException e) {
            // Answers are only kept when they pass; given flags may not, and their error comes at the end.
            Map<String, Object> defaults = new LinkedHashMap<>();
            catalog.options().forEach(option ->
                    defaults.put(option.id(), answers.getOrDefault(option.id(), option.defaultValue())));
            return new Choices(defaults);
        }
    }

    private static Map<String, List<String>> facts(Choices choices) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        choices.values().forEach((id, value) -> facts.put(id, List.of(text(value))));
        return facts;
    }

    private static String text(Object value) {
        return value instanceof List<?> list
                ? (list.isEmpty() ? "none" : String.join(";", list.stream().map(String::valueOf).toList()))
                : String.valueOf(value);
    }
}
