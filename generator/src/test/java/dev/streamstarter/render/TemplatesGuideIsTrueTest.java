package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code templates/README.md} lists every slot each shared template offers, and every part a kind
 * brings fills a slot some template (or another part) asks for: the guide for adding a kind stays
 * true, and no part lies unused.
 */
class TemplatesGuideIsTrueTest {

    private static final Path TEMPLATES = Path.of("../templates");
    private static final Pattern SLOT = Pattern.compile("#(?:part|indentedPart|projectPart|projectPartList)\\(\"([^\"]+)\"");
    private static final Pattern IMPORTS = Pattern.compile("#(?:imports|projectImports)\\(\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\| (.*) \\|$");

    @Test
    void theGuideListsEverySlotOfEverySharedTemplate() throws IOException {
        Map<String, Set<String>> offered = new LinkedHashMap<>();
        for (Path template : files(TEMPLATES.resolve("project"))) {
            slotsAskedFor(template).forEach(slot -> offered
                    .computeIfAbsent(slot.substring(0, slot.indexOf('/')), id -> new LinkedHashSet<>())
                    .add(slot.substring(slot.indexOf('/') + 1)));
        }
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TEMPLATES.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Set<String> slots = new LinkedHashSet<>();
                for (String slot : row.group(3).split(", ")) {
                    slots.add(slot.replace("`", ""));
                }
                listed.put(row.group(1), slots);
            }
        }
        assertThat(listed).as("templates/README.md, 'The slots'").isEqualTo(offered);
    }

    @Test
    void everyPartFillsASlotSomeoneAsksFor() throws IOException {
        Set<String> asked = new LinkedHashSet<>();
        for (Path file : files(TEMPLATES)) {
            asked.addAll(slotsAskedFor(file));
        }
        List<String> unused = new ArrayList<>();
        for (Path part : files(TEMPLATES.resolve("kinds"))) {
            String path = TEMPLATES.resolve("kinds").relativize(part).toString().replace('\\', '/');
            int parts = path.indexOf("/parts/");
            if (parts >= 0) {
                String slot = path.substring(parts + "/parts/".length()).replaceAll("\\.(vm|txt)$", "");
                if (!asked.contains(slot)) {
                    unused.add(path);
                }
            }
        }
        assertThat(unused).as("parts no template asks for").isEmpty();
    }

    private static Set<String> slotsAskedFor(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Set<String> slots = new LinkedHashSet<>();
        Matcher slot = SLOT.matcher(text);
        while (slot.find()) {
            slots.add(slot.group(1));
        }
        Matcher imports = IMPORTS.matcher(text);
        while (imports.find()) {
            slots.add(imports.group(1) + "/imports");
        }
        return slots;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !folder.relativize(file).startsWith("target"))
                    .sorted().toList();
        }
    }
}
