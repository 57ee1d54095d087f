package dev.streamstarter.spec;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.Construct;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML set up to read a spec as text. YAML 1.1 typing changed what users wrote ({@code 1.10}
 * became {@code 1.1}, {@code 010} became {@code 8}, {@code no} became {@code false}), so a plain
 * scalar is read as the string written, and only a plain {@code ~}, {@code null} or empty value
 * as null ("not given"). A value under any other tag ({@code !!int}, {@code !!binary}, {@code !foo})
 * is read as a {@link Tagged} marker, for the reader to refuse by its option's name; duplicate
 * keys are refused.
 */
final class TextYaml {

    /** Implicit nulls get a tag of their own, so that an explicit {@code !!null} is refused as tagged. */
    private static final Tag NOT_GIVEN = new Tag("tag:dev.streamstarter,2025:not-given");

    private static final String DUPLICATE_KEY = "found duplicate key ";

    private TextYaml() {}

    /** Strings, nulls, lists, maps and {@link Tagged} markers; IllegalArgumentException if not YAML. */
    static Object load(String text) {
        LoaderOptions loading = new LoaderOptions();
        loading.setAllowDuplicateKeys(false);
        DumperOptions dumping = new DumperOptions(); // Yaml's constructor wants them; nothing is dumped
        Yaml yaml = new Yaml(new TextConstructor(loading), new Representer(dumping), dumping, loading,
                new TextResolver());
        try {
            return yaml.load(text);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException(duplicateKey(e), e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("the spec is not valid YAML: " + firstLine(e.getMessage()), e);
        }
    }

    /** SnakeYAML's message spans five lines; the key and its line are what a user needs. */
    private static String duplicateKey(DuplicateKeyException e) {
        String problem = e.getProblem();
        if (problem == null || !problem.startsWith(DUPLICATE_KEY)) {
            return "the spec has a key twice: " + firstLine(e.getMessage());
        }
        String key = problem.substring(DUPLICATE_KEY.length());
        return "the spec has key '" + key + "' twice (line " + (e.getProblemMark().getLine() + 1)
                + "); keep one of them";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /**
     * A value written under a tag other than {@code !!str}, {@code !!seq} or {@code !!map}; its
     * content is not read. Equal only to itself, so that two tagged keys are never duplicates.
     */
    static final class Tagged {

        private final String tag;

        private Tagged(Tag tag) {
            this.tag = tag.getValue();
        }

        /** The tag as a user writes it: {@code !!int} for YAML's own tags, else as is ({@code !foo}). */
        @Override
        public String toString() {
            return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
        }
    }

    /** Resolves no YAML 1.1 types; a plain scalar is a string unless it is ~, null or empty. */
    private static final class TextResolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(NOT_GIVEN, NULL, "~nN\0", 10);
            addImplicitResolver(NOT_GIVEN, EMPTY, null, 10);
        }
    }

    /** Builds strings, lists and maps; any other tag, or one on the wrong kind of node, is {@link Tagged}. */
    private static final class TextConstructor extends SafeConstructor {

        private static final Construct TAGGED = new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
                return new Tagged(node.getTag());
            }
        };

        TextConstructor(LoaderOptions options) {
            super(options);
            // Tag.NULL keeps its construct: SnakeYAML asks it, with no node, for an empty document.
            yamlConstructors.put(NOT_GIVEN, yamlConstructors.get(Tag.NULL));
        }

        @Override
        protected Construct getConstructor(Node node) {
            return isPlain(node) ? super.getConstructor(node) : TAGGED;
        }

        private static boolean isPlain(Node node) {
            Tag tag = node.getTag();
            return switch (node.getNodeId()) {
                case scalar -> tag.equals(Tag.STR) || tag.equals(NOT_GIVEN);
                case sequence -> tag.equals(Tag.SEQ);
                case mapping -> tag.equals(Tag.MAP);
                case anchor -> false;
            };
        }
    }
}
