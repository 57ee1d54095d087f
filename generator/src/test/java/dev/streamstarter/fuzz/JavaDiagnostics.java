package dev.streamstarter.fuzz;

import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;

/** javac's errors as 'path:line: message' lines, for failure messages. */
final class JavaDiagnostics {

    private JavaDiagnostics() {}

    static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
                        + diagnostic.getLineNumber() + ": ") + diagnostic.getMessage(Locale.ROOT))
                .toList();
    }
}
