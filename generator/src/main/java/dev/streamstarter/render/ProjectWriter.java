package dev.streamstarter.render;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes rendered files into a target folder all at once: into a hidden sibling folder first,
 * then moved into place, so that a failure leaves no partial project behind.
 */
public final class ProjectWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        Path firstCreated = firstMissing(parent);
        try {
            Files.createDirectories(parent);
            writeAtOnce(files, absolute);
        } catch (FileSystemException e) {
            // Folders made for this project go too: a failure leaves nothing behind.
            if (firstCreated != null && Files.isDirectory(firstCreated)) {
                deleteTree(firstCreated);
            }
            throw new TargetNotWritableException("cannot write '" + absolute + "': " + reason(e)
                    + "; choose a folder you can write to");
        }
    }

    private static void writeAtOnce(Map<String, byte[]> files, Path target) throws IOException {
        Path staging = stagingFolder(target);
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IllegalStateException("refusing to write outside the target: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            if (Files.exists(target)) {
                replace(target, staging);
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    /**
     * A hidden sibling of the target. Not {@code Files.createTempDirectory}: that makes it (and so
     * the project) readable by its owner alone; this one gets the user's usual permissions.
     */
    private static Path stagingFolder(Path target) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(hiddenSibling(target, "stream-starter"));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static Path hiddenSibling(Path target, String purpose) {
        return target.resolveSibling("." + target.getFileName() + "." + purpose + "-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }

    /**
     * Swaps the new project in for the old one, which keeps its Git repository (its history is the
     * user's, not ours). Each step is a rename, and a failed step puts the old project back whole.
     */
    private static void replace(Path target, Path staging) throws IOException {
        Path old = hiddenSibling(target, "replaced");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Path repository = old.resolve(".git");
        Path kept = staging.resolve(".git");
        try {
            if (Files.exists(repository, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(repository, kept, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(kept, repository, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /** The outermost folder of {@code folder} that does not exist yet; null when it exists. */
    private static Path firstMissing(Path folder) {
        Path missing = null;
        for (Path path = folder; path != null && !Files.exists(path, LinkOption.NOFOLLOW_LINKS); path = path.getParent()) {
            missing = path;
        }
        return missing;
    }

    private static String reason(FileSystemException e) {
        String reason = e.getReason() != null ? e.getReason()
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "a folder on the way does not exist"
                : e.getClass().getSimpleName();
        return e.getFile() == null ? reason : reason + " (" + e.getFile() + ")";
    }

    private static void checkTarget(Path target, boolean force) throws IOException, TargetNotWritableException {
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            throw new TargetNotWritableException("target '" + target + "' is a link to '"
                    + Files.readSymbolicLink(target) + "', which does not exist; create that folder or choose another");
        }
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
