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
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes rendered files into a target folder all at once: into a hidden sibling folder first,
 * then moved into place, so that a failure leaves no partial project behind.
 */
public final class ProjectWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ProjectWriter() {}

    /**
     * Writes the files into a target that does not exist or is empty; any other is refused (a
     * generated project is updated instead, by ProjectUpdate).
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
                writeFile(path, file.getKey(), file.getValue());
            }
            if (Files.exists(target)) {
                // An empty folder: the project takes its place.
                Files.delete(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
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

    /** Writes a project file; the scripts of {@link ProjectRenderer#EXECUTABLES} may be run. */
    static void writeFile(Path file, String path, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        PosixFileAttributeView permissions = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (ProjectRenderer.EXECUTABLES.contains(path) && permissions != null) {
            Set<PosixFilePermission> executable = EnumSet.copyOf(permissions.readAttributes().permissions());
            executable.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            permissions.setPermissions(executable);
        }
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
                    + "' exists and is not empty; choose another folder, or pass --force to update a generated project");
        }
        throw new TargetNotWritableException("target '" + target + "' is not a generated project (it has no "
                + ProjectRenderer.SPEC_FILE + "); --force only updates generated projects");
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
