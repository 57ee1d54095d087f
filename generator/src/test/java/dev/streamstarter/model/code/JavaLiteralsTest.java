package dev.streamstarter.model.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaLiteralsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "plain", "quote \" inside", "\\u0022 looks like a quote to javac", "\\\\u0022",
        "dollar $x and ${y}", "hash #set($a = 1) ##", "*/ closes a comment", "back\\slash",
        "new\nline", "tab\there", "unicode é 漢 😀", "'single' and `back`"
    })
    void aLiteralCompilesBackToExactlyTheTextItWasMadeFrom(String text) throws Exception {
        String source = "public class Holder { public static final String VALUE = "
                + JavaLiterals.string(text) + "; }";

        assertThat(compileAndRead(source)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0022", "é", "\n"})
    void literalsAreAsciiOnly(String text) {
        assertThat(JavaLiterals.string(text).chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 600_000, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 1_080_000_000_000L, Long.MIN_VALUE})
    void aNumberCompilesBackToItsValue(long value) throws Exception {
        String source = "public class Holder { public static final Long VALUE = (long) " + JavaLiterals.number(value) + "; }";

        assertThat(compileAndRead(source)).isEqualTo(value);
    }

    private static Object compileAndRead(String source) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        var output = new InMemoryClasses(compiler.getStandardFileManager(null, null, null));
        var unit = new SimpleJavaFileObject(URI.create("string:///Holder.java"), SimpleJavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        boolean ok = compiler.getTask(null, output, null, List.of("-proc:none"), null, List.of(unit)).call();
        assertThat(ok).as("compiles: " + source).isTrue();
        ClassLoader loader = new ClassLoader(JavaLiteralsTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) {
                byte[] bytes = output.classes.get(name);
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        return loader.loadClass("Holder").getField("VALUE").get(null);
    }

    private static final class InMemoryClasses
            extends javax.tools.ForwardingJavaFileManager<javax.tools.StandardJavaFileManager> {
        final Map<String, byte[]> classes = new java.util.HashMap<>();

        InMemoryClasses(javax.tools.StandardJavaFileManager delegate) {
            super(delegate);
        }

        @Override
        public javax.tools.JavaFileObject getJavaFileForOutput(Location location, String className,
                javax.tools.JavaFileObject.Kind kind, javax.tools.FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className + ".class"), kind) {
                @Override
                public java.io.OutputStream openOutputStream() {
                    return new java.io.ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }
}
