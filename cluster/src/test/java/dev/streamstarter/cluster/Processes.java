package dev.streamstarter.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Helpers for the JVMs the tests start: their java, free ports, stopping, log tails. */
final class Processes {

    private static final long STOP_TIMEOUT_SECONDS = 10;

    private Processes() {}

    /** The java of the test JVM; the cluster's JVMs and its executors run on it too. */
    static String javaHome() {
        return System.getProperty("java.home");
    }

    static String java() {
        return Path.of(javaHome(), "bin", "java").toString();
    }

    /** A port nobody listens on right now (another process may still take it before we do). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the process and every process it started (a worker's executors), forcibly if it must. */
    static void destroyTree(Process process) {
        List<ProcessHandle> handles = new ArrayList<>(process.descendants().toList());
        handles.add(process.toHandle());
        handles.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : handles) {
            try {
                handle.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    /** The last lines of a log file, headed by its path; empty if there is no such file. */
    static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return "----- " + file + " (last " + last.size() + " of " + all.size() + " lines) -----\n"
                    + String.join("\n", last) + "\n";
        } catch (IOException | UncheckedIOException e) {
            return "----- " + file + ": " + e + "\n";
        }
    }

    /** Deletes a folder and everything in it; links are deleted, never followed. */
    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
