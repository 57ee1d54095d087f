package dev.streamstarter.archetype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder as relative path to content (Base64, so any byte difference shows). */
final class ProjectTree {

    private ProjectTree() {}

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                tree.put(root.relativize(path).toString().replace('\\', '/'),
                        Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
            }
        }
        return tree;
    }
}
