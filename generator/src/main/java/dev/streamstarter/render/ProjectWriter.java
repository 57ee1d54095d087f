package dev.streamstarter.render;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes rendered files into a target folder all at once: into a hidden sibling folder first,
 * then moved into place, so that a failure leaves no partial project behind.
 */
public final class ProjectWriter {

    private ProjectWriter() {}

    /**
     * Writes the files. An existing non-empty target is refused unless {@code force}, and even
     * then only when it is a generated project (it holds {@link ProjectRenderer#SPEC_FILE}).
     */
    public static void write(Map<String, byte[]> files, Path target, boolean force)
            throws IOException, TargetNotWritableException {
        Path absolute = target.toAbsolutePath().normalize();
        checkTarget(absolute, force);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".stream-starter-");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IllegalStateException("refusing to write outside the target: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            if (Files.exists(absolute)) {
                deleteTree(absolute);
            }
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    private static void checkTarget(Path target, boolean force) throws IOException, TargetNotWritableException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new TargetNotWritableException("target '" + target + "' exists and is not a folder");
        }
        if (isEmpty(target)) {
            return;
        }
        if (!force) {
            throw new TargetNotWritableException("target '" + target
                    + "' exists and is not empty; choose another folder, or pass --force to replace a generated project");
        }
        if (!Files.exists(target.resolve(ProjectRenderer.SPEC_FILE))) {
            throw new TargetNotWritableException("target '" + target + "' is not a generated project (it has no "
                    + ProjectRenderer.SPEC_FILE + "); --force only replaces generated projects");
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(path);
                } catch (DirectoryNotEmptyException e) {
                    throw new IOException("could not empty " + path, e);
                }
            }
        }
    }
}
