package dev.streamstarter.agreement;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a whole source tree in one in-process javac run against the test classpath. */
public final class SourceTreeCompiler {

    private SourceTreeCompiler() {}

    /**
     * Compiles every {@code .java} file under {@code sources} into {@code classes} and returns a
     * loader for them whose parent is the test class loader (so Spark classes are shared).
     */
    public static URLClassLoader compile(Path sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        compileFiles(files, classes, List.of());
        return new URLClassLoader(new URL[] {classes.toUri().toURL()},
                SourceTreeCompiler.class.getClassLoader());
    }

    /**
     * Compiles, for a tree of independent packages (no package uses another), the files that
     * {@code roots} accepts and the classes they use, which javac finds on the source path; the
     * packages are split over a few javac runs at once, one per core.
     */
    static URLClassLoader compilePackages(Path sources, Path classes, int runs, Predicate<Path> roots)
            throws Exception {
        Files.createDirectories(classes);
        Map<Path, List<Path>> packages;
        try (Stream<Path> walk = Files.walk(sources)) {
            packages = walk.filter(path -> path.toString().endsWith(".java"))
                    .filter(roots)
                    .sorted()
                    .collect(Collectors.groupingBy(Path::getParent, TreeMap::new, Collectors.toList()));
        }
        List<List<Path>> parts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            parts.add(new ArrayList<>());
        }
        int next = 0;
        for (List<Path> files : packages.values()) {
            parts.get(next++ % runs).addAll(files);
        }
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Path> part : parts) {
                if (!part.isEmpty()) {
                    done.add(pool.submit(() -> {
                        compileFiles(part, classes, List.of("-sourcepath", sources.toString()));
                        return null;
                    }));
                }
            }
            for (Future<?> run : done) {
                try {
                    run.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AssertionError error) {
                        throw error;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()},
                SourceTreeCompiler.class.getClassLoader());
    }

    private static void compileFiles(List<Path> files, Path classes, List<String> extraOptions) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(extraOptions);
            options.addAll(List.of(
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(),
                    "--release", "17",
                    "-proc:none",
                    "-encoding", "UTF-8",
                    "-nowarn",
                    "-Xmaxerrs", "20"));
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
    }
}
