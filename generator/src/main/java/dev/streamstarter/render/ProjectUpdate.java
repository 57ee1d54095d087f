package dev.streamstarter.render;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings a generated project up to a new rendering without losing the user's work. The project's
 * manifest ({@link FileManifest}) says what the generator wrote there last time:
 *
 * <ul>
 *   <li>a file the generator did not write (yours, {@code .git/}, {@code target/}) is never touched;
 *   <li>a generated file you did not change is rewritten, or removed when it is no longer generated;
 *   <li>a generated file you changed stays as it is: the new version goes beside it
 *       ({@code <name>.new}) and the update lists the conflict; one no longer generated stays too.
 * </ul>
 *
 * <p>The spec and the manifest are always rewritten: they record what was generated. Every change
 * is made at once at the end, and undone if one fails.
 */
public final class ProjectUpdate {

    /** The suffix of the new version of a file you changed, written beside it. */
    public static final String NEW_VERSION_SUFFIX = ".new";

    /**
     * What an update did, path by path (relative to the project).
     *
     * @param added files new in this rendering
     * @param updated generated files you had not changed, rewritten
     * @param removed generated files you had not changed, no longer generated
     * @param conflicts generated files you changed; the new version is beside each
     * @param kept files you changed that are no longer generated, left as they are
     * @param unchanged how many files were already as generated
     * @param recorded whether the project had a manifest (one generated before them has not:
     *     then every file that differs counts as yours)
     */
    public record Report(List<String> added, List<String> updated, List<String> removed,
            List<String> conflicts, List<String> kept, int unchanged, boolean recorded) {}

    private final Path target;
    private final Optional<FileManifest> manifest;
    private final Map<String, byte[]> writes = new LinkedHashMap<>();
    private final List<String> deletes = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<String> updated = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private int unchanged;

    private ProjectUpdate(Path target, Optional<FileManifest> manifest) {
        this.target = target;
        this.manifest = manifest;
    }

    /** Whether {@code folder} holds a generated project (its spec). */
    public static boolean isGeneratedProject(Path folder) {
        return Files.isDirectory(folder) && Files.exists(folder.resolve(ProjectRenderer.SPEC_FILE));
    }

    /** Updates the generated project in {@code target} to the rendered {@code files}. */
    public static Report apply(Map<String, byte[]> files, Path target) throws IOException, TargetNotWritableException {
        Path project = target.toAbsolutePath().normalize();
        if (!isGeneratedProject(project)) {
            throw new TargetNotWritableException("'" + project + "' is not a generated project (it has no "
                    + ProjectRenderer.SPEC_FILE + "); generate one with: stream-starter new " + target);
        }
        ProjectUpdate update = new ProjectUpdate(project, FileManifest.read(project));
        update.plan(files);
        try {
            update.write();
        } catch (FileSystemException e) {
            throw new TargetNotWritableException("cannot update '" + project + "': " + e.getMessage()
                    + "; nothing was changed");
        }
        return new Report(update.added, update.updated, update.deletes, update.conflicts, update.kept,
                update.unchanged, update.manifest.isPresent());
    }

    private void plan(Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = file.getKey();
            Path onDisk = inside(path);
            if (path.equals(FileManifest.FILE)) {
                // Not a file of the project's own: written, never listed.
                writes.put(path, file.getValue());
            } else if (!Files.exists(onDisk, LinkOption.NOFOLLOW_LINKS)) {
                writes.put(path, file.getValue());
                added.add(path);
            } else if (Files.isRegularFile(onDisk, LinkOption.NOFOLLOW_LINKS)
                    && Arrays.equals(Files.readAllBytes(onDisk), file.getValue())) {
                unchanged++;
            } else if (path.equals(ProjectRenderer.SPEC_FILE) || untouched(path, onDisk)) {
                writes.put(path, file.getValue());
                updated.add(path);
            } else {
                writes.put(path + NEW_VERSION_SUFFIX, file.getValue());
                conflicts.add(path);
            }
        }
        for (String path : manifest.map(FileManifest::hashes).map(Map::keySet).orElse(Set.of())) {
            Path onDisk = inside(path);
            if (files.containsKey(path) || !Files.exists(onDisk, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (untouched(path, onDisk)) {
                deletes.add(path);
            } else {
                kept.add(path);
            }
        }
    }

    /** Whether the file is as the generator wrote it last time. */
    private boolean untouched(String path, Path onDisk) throws IOException {
        return Files.isRegularFile(onDisk, LinkOption.NOFOLLOW_LINKS)
                && manifest.isPresent()
                && manifest.get().generated(path, Files.readAllBytes(onDisk));
    }

    /**
     * Writes the new contents into a hidden sibling folder first, then moves each into place,
     * keeping what it replaces or removes; a failed move puts everything back.
     */
    private void write() throws IOException {
        Path staging = Files.createDirectory(target.resolveSibling("." + target.getFileName() + ".stream-starter-update-"
                + Long.toUnsignedString(System.nanoTime(), 36)));
        Path newFiles = staging.resolve("new");
        Path oldFiles = staging.resolve("old");
        List<Runnable> undo = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : writes.entrySet()) {
                Path staged = newFiles.resolve(file.getKey());
                Files.createDirectories(staged.getParent());
                ProjectWriter.writeFile(staged, file.getKey(), file.getValue());
            }
            for (String path : writes.keySet()) {
                keep(path, oldFiles, undo);
                Path destination = inside(path);
                Files.createDirectories(destination.getParent());
                Files.move(newFiles.resolve(path), destination, StandardCopyOption.ATOMIC_MOVE);
                undo.add(() -> quietly(() -> Files.deleteIfExists(destination)));
            }
            for (String path : deletes) {
                keep(path, oldFiles, undo);
                removeEmptyFolders(inside(path).getParent());
            }
        } catch (IOException | RuntimeException e) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            throw e;
        } finally {
            ProjectWriter.deleteTree(staging);
        }
    }

    /** Moves the file at {@code path}, if any, aside into {@code oldFiles}, to put back on failure. */
    private void keep(String path, Path oldFiles, List<Runnable> undo) throws IOException {
        Path current = inside(path);
        if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path aside = oldFiles.resolve(path);
        Files.createDirectories(aside.getParent());
        Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
        undo.add(() -> quietly(() -> {
            Files.createDirectories(current.getParent());
            Files.move(aside, current, StandardCopyOption.REPLACE_EXISTING);
        }));
    }

    /** Folders that removing generated files left empty go too, up to the project. */
    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path path = folder; path != null && path.startsWith(target) && !path.equals(target); path = path.getParent()) {
            try (Stream<Path> entries = Files.list(path)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(path);
        }
    }

    private Path inside(String path) {
        Path resolved = target.resolve(path).normalize();
        if (!resolved.startsWith(target)) {
            throw new IllegalStateException("refusing to write outside the project: " + path);
        }
        return resolved;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** Undoing goes on past a step that fails: put back as much as can be. */
    private static void quietly(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            // the rest of the undo still runs
        }
    }
}
