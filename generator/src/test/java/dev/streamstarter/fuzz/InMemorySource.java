package dev.streamstarter.fuzz;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/** A generated Java file handed to javac from memory, named by its path in the project. */
final class InMemorySource extends SimpleJavaFileObject {

    private final String path;
    private final String text;

    private InMemorySource(String path, String text) {
        super(uri(path), Kind.SOURCE);
        this.path = path;
        this.text = text;
    }

    /** The files (path to bytes) that are UTF-8; each one that is not adds 'path: not UTF-8' to {@code errors}. */
    static List<JavaFileObject> decode(Map<String, byte[]> sources, List<String> errors) {
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(source.getValue())).toString();
                units.add(new InMemorySource(source.getKey(), text));
            } catch (CharacterCodingException e) {
                errors.add(source.getKey() + ": not UTF-8: " + e);
            }
        }
        return units;
    }

    private static URI uri(String path) {
        try {
            return new URI("string", null, "/" + path, null);
        } catch (URISyntaxException e) {
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
