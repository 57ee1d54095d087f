package dev.streamstarter.fuzz;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Parses Java sources (syntax only: no symbols are resolved, nothing is compiled). */
final class JavaSyntax {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
    /** One file manager per thread for all its parses: opening the platform classes once is most of the cost. */
    private static final ThreadLocal<StandardJavaFileManager> FILES = ThreadLocal.withInitial(() ->
            COMPILER.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8));
    /** Files already parsed without errors: most generated files recur unchanged from case to case. */
    private static final Set<ByteBuffer> PARSED = ConcurrentHashMap.newKeySet();

    private JavaSyntax() {}

    /** The syntax errors of these files (path to UTF-8 bytes), each 'path:line: message'; empty if none. */
    static List<String> errors(Map<String, byte[]> sources) throws IOException {
        Map<String, byte[]> unseen = new LinkedHashMap<>();
        sources.forEach((path, bytes) -> {
            if (!PARSED.contains(ByteBuffer.wrap(bytes))) {
                unseen.put(path, bytes);
            }
        });
        List<String> errors = new ArrayList<>();
        List<JavaFileObject> units = InMemorySource.decode(unseen, errors);
        if (units.isEmpty()) {
            return errors;
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) COMPILER.getTask(null, FILES.get(), diagnostics, List.of("-proc:none"), null, units);
        task.parse();
        errors.addAll(JavaDiagnostics.errors(diagnostics));
        if (errors.isEmpty()) {
            unseen.values().forEach(bytes -> PARSED.add(ByteBuffer.wrap(bytes)));
        }
        return errors;
    }
}
