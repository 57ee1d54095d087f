package dev.streamstarter.agreement;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a whole source tree in one in-process javac run against the test classpath. */
final class SourceTreeCompiler {

    private SourceTreeCompiler() {}

    /**
     * Compiles every {@code .java} file under {@code sources} into {@code classes} and returns a
     * loader for them whose parent is the test class loader (so Spark classes are shared).
     */
    static URLClassLoader compile(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(classes);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(),
                    "--release", "17",
                    "-proc:none",
                    "-encoding", "UTF-8",
                    "-nowarn",
                    "-Xmaxerrs", "20");
            StringWriter output = new StringWriter();
            boolean ok = compiler.getTask(output, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                StringBuilder errors = new StringBuilder("generated code does not compile:\n");
                diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                        .limit(20)
                        .forEach(d -> errors.append(d).append('\n'));
                throw new AssertionError(errors.append(output).toString());
            }
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()},
                SourceTreeCompiler.class.getClassLoader());
    }
}
