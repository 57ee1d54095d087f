package dev.streamstarter.fuzz;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A generated project read back from disk: relative path (with '/') to the file's bytes. */
record ProjectTree(Map<String, byte[]> files) {

    static ProjectTree read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                return FileVisitResult.CONTINUE;
            }
        });
        return new ProjectTree(files);
    }

    /** The paths whose bytes differ, or which only one of the trees has; empty when identical. */
    List<String> differences(ProjectTree other) {
        TreeMap<String, Boolean> paths = new TreeMap<>();
        files.keySet().forEach(path -> paths.put(path, true));
        other.files.keySet().forEach(path -> paths.put(path, true));
        return paths.keySet().stream()
                .filter(path -> !Arrays.equals(files.get(path), other.files.get(path)))
                .toList();
    }

    Map<String, byte[]> javaSources() {
        Map<String, byte[]> sources = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".java")) {
                sources.put(path, bytes);
            }
        });
        return sources;
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
