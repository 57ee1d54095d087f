package dev.streamstarter.fuzz;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a generated project's main and test sources against this module's test classpath
 * (Spark, its Kafka connector, JUnit, AssertJ), class files and all: some errors, such as a
 * string constant too long, only show when the classes are written.
 */
final class JavaCompilation {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
    /** One file manager for every compilation (one at a time): reading the classpath's jars once is most of the cost. */
    private static final StandardJavaFileManager FILES = classpathFiles();

    private JavaCompilation() {}

    /** The compile errors of these files (path to UTF-8 bytes), classes written under {@code classes}; empty if none. */
    static synchronized List<String> errors(Map<String, byte[]> sources, Path classes) throws IOException {
        List<String> errors = new ArrayList<>();
        List<JavaFileObject> units = InMemorySource.decode(sources, errors);
        FILES.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(Files.createDirectories(classes)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled = COMPILER.getTask(null, FILES, diagnostics,
                List.of("--release", "17", "-proc:none", "-nowarn", "-Xmaxerrs", "20"), null, units).call();
        errors.addAll(JavaDiagnostics.errors(diagnostics));
        if (!compiled && errors.isEmpty()) {
            errors.add("javac failed without an error message");
        }
        return errors;
    }

    private static StandardJavaFileManager classpathFiles() {
        StandardJavaFileManager files = COMPILER.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        try {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, Arrays.stream(
                    System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
