package dev.streamstarter.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** JSON lines files: one object per line, as the sample input and Spark's json sink hold them. */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    /** Every non-blank line of the folder's files whose names end with the suffix (not hidden ones). */
    static List<JsonNode> readAll(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return read(files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList());
        }
    }

    /** Every non-blank line of these files, in their order. */
    static List<JsonNode> read(List<Path> files) {
        return files.stream()
                .flatMap(JsonLines::lines)
                .filter(line -> !line.isBlank())
                .map(JsonLines::parse)
                .toList();
    }

    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
