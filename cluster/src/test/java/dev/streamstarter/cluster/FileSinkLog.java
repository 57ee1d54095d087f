package dev.streamstarter.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The log a streaming file sink keeps in {@code <output>/_spark_metadata}: one file per batch
 * ({@code 0}, {@code 1}, ..., or {@code N.compact}), a version line then one JSON line per file the
 * batch committed. Readers of the output read only these files, never leftovers of failed tasks.
 */
final class FileSinkLog {

    private FileSinkLog() {}

    /** The files every batch committed, in batch order. */
    static List<Path> committedFiles(Path output) throws IOException {
        try (Stream<Path> batches = Files.list(output.resolve("_spark_metadata"))) {
            List<Path> batchFiles = batches
                    .filter(file -> file.getFileName().toString().matches("\\d+(\\.compact)?"))
                    .sorted((a, b) -> Long.compare(batchId(a), batchId(b)))
                    .toList();
            return batchFiles.stream()
                    .flatMap(FileSinkLog::entries)
                    .filter(entry -> entry.path("action").asText().equals("add"))
                    .map(entry -> Path.of(URI.create(entry.path("path").asText())))
                    .distinct()
                    .toList();
        }
    }

    private static Stream<JsonNode> entries(Path batchFile) {
        try {
            return Files.readAllLines(batchFile).stream()
                    .skip(1) // the version line, "v1"
                    .filter(line -> !line.isBlank())
                    .map(JsonLines::parse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long batchId(Path batchFile) {
        return Long.parseLong(batchFile.getFileName().toString().replace(".compact", ""));
    }
}
