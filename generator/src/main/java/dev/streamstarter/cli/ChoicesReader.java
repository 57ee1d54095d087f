package dev.streamstarter.cli;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.check.Printable;
import dev.streamstarter.spec.FlatOptions;
import dev.streamstarter.spec.RawSpec;
import dev.streamstarter.spec.YamlSpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/** Reads the choices of new/check/update: either a spec file or option flags, never both. */
final class ChoicesReader {

    private ChoicesReader() {}

    static RawSpec read(Catalog catalog, ParseResult command) throws SpecInputException {
        return read(catalog, command, Optional.empty());
    }

    /**
     * The choices, asking for them first where the interview is given (guided mode; it asks
     * only what the flags leave open, and never goes with a spec file).
     */
    static RawSpec read(Catalog catalog, ParseResult command, Optional<Interview> interview) throws SpecInputException {
        Map<String, String> flags = CommandSpecs.flatChoices(catalog, command);
        if (interview.isPresent()) {
            if (command.hasMatchedOption("--spec")) {
                throw new SpecInputException("--interactive cannot be combined with --spec; the spec file holds every choice");
            }
            try {
                return FlatOptions.read(catalog, interview.get().run(flags));
            } catch (IOException e) {
                throw new SpecInputException("--interactive: the answers cannot be read: " + e.getMessage());
            }
        }
        if (!command.hasMatchedOption("--spec")) {
            return FlatOptions.read(catalog, flags);
        }
        if (!flags.isEmpty()) {
            throw new SpecInputException("--spec cannot be combined with option flags (got --"
                    + flags.keySet().iterator().next() + "); put every choice in the spec file");
        }
        return specFile(command.matchedOptionValue("--spec", ""));
    }

    /** The choices in a spec file (--spec, or a project's recorded stream-starter.yaml). */
    static RawSpec specFile(String name) throws SpecInputException {
        Path file = path(name, "--spec");
        String shown = "--spec '" + Printable.oneLine(name) + "'";
        if (!Files.isRegularFile(file)) {
            String what = name.isBlank() ? "no file named"
                    : Files.isDirectory(file) ? "a folder, not a file" : "there is no such file";
            throw new SpecInputException(shown + ": " + what + "; give the path of a spec file, such as a"
                    + " project's stream-starter.yaml");
        }
        try {
            return YamlSpecReader.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SpecInputException(shown + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new SpecInputException(shown + ": " + e.getMessage());
        }
    }

    /** The folder DIR names. */
    static Path folder(String name) throws SpecInputException {
        return path(name, "DIR");
    }

    private static Path path(String name, String what) throws SpecInputException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            // A NUL, or a non-ASCII name where the locale is LC_ALL=C: Java cannot make it a path.
            throw new SpecInputException(what + " '" + Printable.oneLine(name) + "' cannot be used: " + e.getReason()
                    + "; choose a plain name, or run with a UTF-8 locale (LC_ALL=C.UTF-8)");
        }
    }
}
