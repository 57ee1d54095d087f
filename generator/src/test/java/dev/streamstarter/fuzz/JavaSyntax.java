package dev.streamstarter.fuzz;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Parses Java sources (syntax only: no symbols are resolved, nothing is compiled). */
final class JavaSyntax {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
    /** One file manager for every parse: opening the platform classes once is most of the cost. */
    private static final javax.tools.StandardJavaFileManager FILES =
            COMPILER.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);

    private JavaSyntax() {}

    /** The syntax errors of these files (path to UTF-8 bytes), each 'path:line: message'; empty if none. */
    static List<String> errors(Map<String, byte[]> sources) throws IOException {
        List<String> errors = new ArrayList<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(source.getValue())).toString();
                units.add(new Source(source.getKey(), text));
            } catch (CharacterCodingException e) {
                errors.add(source.getKey() + ": not UTF-8: " + e);
            }
        }
        if (units.isEmpty()) {
            return errors;
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) COMPILER.getTask(null, FILES, diagnostics, List.of("-proc:none"), null, units);
        task.parse();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": "
                        + diagnostic.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String path;
        private final String text;

        Source(String path, String text) {
            super(uri(path), Kind.SOURCE);
            this.path = path;
            this.text = text;
        }

        private static URI uri(String path) {
            try {
                return new URI("string", null, "/" + path, null);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(path, e);
            }
        }

        @Override
        public String getName() {
            return path;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
