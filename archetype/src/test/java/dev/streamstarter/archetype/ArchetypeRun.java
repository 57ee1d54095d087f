package dev.streamstarter.archetype;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a real {@code mvn archetype:generate} in batch mode against the archetype jar this build
 * just packaged. The jar is placed in a scratch local repository whose every other artifact is
 * mirrored from the user's warm one, so nothing is installed into {@code ~/.m2}.
 */
final class ArchetypeRun {

    private static final String GROUP = System.getProperty("archetype.groupId");
    private static final String ARTIFACT = System.getProperty("archetype.artifactId");
    private static final String VERSION = System.getProperty("archetype.version");

    private final Path repository;
    private final Path settings;

    record Result(int exitCode, String output) {

        String firstErrorLine() {
            return output.lines().filter(line -> line.startsWith("[ERROR]")).findFirst().orElse("");
        }
    }

    ArchetypeRun(Path scratch) throws IOException {
        repository = scratch.resolve("repository");
        Path folder = repository.resolve(GROUP.replace('.', '/')).resolve(ARTIFACT).resolve(VERSION);
        Files.createDirectories(folder);
        Files.copy(Path.of(System.getProperty("archetype.jar")), folder.resolve(ARTIFACT + "-" + VERSION + ".jar"));
        settings = scratch.resolve("settings.xml");
        Files.writeString(settings, "<settings><mirrors><mirror><id>warm</id><mirrorOf>*</mirrorOf><url>"
                + Path.of(System.getProperty("warm.repository")).toUri()
                + "</url></mirror></mirrors></settings>\n");
    }

    /** Generates in {@code workDir} with the given archetype properties. */
    Result generate(Path workDir, Map<String, String> properties) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-s", settings.toString(), "-Dmaven.repo.local=" + repository,
                "org.apache.maven.plugins:maven-archetype-plugin:"
                        + System.getProperty("archetype.pluginVersion") + ":generate",
                "-DarchetypeGroupId=" + GROUP,
                "-DarchetypeArtifactId=" + ARTIFACT,
                "-DarchetypeVersion=" + VERSION,
                "-DarchetypeCatalog=local"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
