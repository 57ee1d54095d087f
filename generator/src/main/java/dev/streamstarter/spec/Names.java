package dev.streamstarter.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Names derived from a pipeline name such as {@code word-count}. */
public final class Names {

    private Names() {}

    /** Class-name prefix: {@code word-count -> WordCount}. */
    public static String className(String pipelineName) {
        return Arrays.stream(pipelineName.split("-"))
                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))
                .collect(Collectors.joining());
    }

    /** Query, table and checkpoint name: {@code word-count -> word_count}. */
    public static String queryName(String pipelineName) {
        return pipelineName.replace('-', '_');
    }

}
