package dev.streamstarter.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the generator wrote into a project: each file's path and the SHA-256 of its bytes. A
 * project keeps it in {@link #FILE} (sha256sum's format: {@code sha256sum -c} shows what you
 * changed), so that an update can tell a file you changed from one you did not.
 *
 * @param hashes relative path to the lower-case hex SHA-256 of what was generated there
 */
public record FileManifest(Map<String, String> hashes) {

    /** Where a project keeps its manifest. */
    public static final String FILE = ".stream-starter/generated.sha256";

    public FileManifest {
        hashes = Map.copyOf(hashes);
    }

    /** The manifest of rendered files (the manifest itself is not in it). */
    public static FileManifest of(Map<String, byte[]> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (!path.equals(FILE)) {
                hashes.put(path, sha256(bytes));
            }
        });
        return new FileManifest(hashes);
    }

    /** The manifest a project holds; empty for a project generated before manifests were. */
    public static Optional<FileManifest> read(Path project) throws IOException {
        Path file = project.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> hashes = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            if (gap == 64) {
                hashes.put(line.substring(gap + 2), line.substring(0, gap));
            }
        }
        return Optional.of(new FileManifest(hashes));
    }

    /** The file's text: one {@code <sha256>  <path>} line per file, in path order. */
    public byte[] bytes() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(hashes).forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the generator wrote exactly these bytes at this path. */
    public boolean generated(String path, byte[] bytes) {
        return sha256(bytes).equals(hashes.get(path));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
