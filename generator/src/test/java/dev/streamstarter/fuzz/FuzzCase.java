package dev.streamstarter.fuzz;

import java.nio.charset.Charset;
import java.util.List;

/**
 * One case: {@code new <folder>/DIR [--spec FILE] OPTIONS}, where FILE holds {@code spec} in
 * {@code specCharset} when {@code spec} is not null.
 */
record FuzzCase(long seed, int number, String folderName, List<String> options, String spec, Charset specCharset) {

    boolean hasSpec() {
        return spec != null;
    }

    /** What it takes to run this case again, by hand or with the fuzz test alone. */
    String reproducer() {
        StringBuilder text = new StringBuilder()
                .append("case ").append(number).append(" of seed ").append(seed)
                .append(" (run it alone: -Dfuzz.seed=").append(seed).append(" -Dfuzz.case=").append(number).append(")\n")
                .append("arguments: \"new\", ").append(JavaLiteral.of("DIR/" + folderName));
        if (hasSpec()) {
            text.append(", \"--spec\", \"SPEC.yaml\"");
        }
        options.forEach(option -> text.append(", ").append(JavaLiteral.of(option)));
        if (hasSpec()) {
            text.append("\nSPEC.yaml (").append(specCharset.name()).append("): ").append(JavaLiteral.of(spec));
        }
        return text.toString();
    }
}
