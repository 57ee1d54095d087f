package dev.streamstarter.check;

import dev.streamstarter.spec.PipelineSpec;
import dev.streamstarter.spec.SampleInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the sample input a spec gives a pipeline ({@code sampleInput},
 * {@code otherSampleInput}): plain file names, in folders the pipeline reads.
 */
final class SampleInputChecks {

    /** The one file a socket pipeline's sample line feeder serves. */
    static final String SOCKET_LINES = "lines.txt";

    private SampleInputChecks() {}

    /** The pipeline's options without its sample input, which is not an option of the catalog. */
    static Map<String, Object> withoutSampleInput(Map<String, Object> given) {
        Map<String, Object> options = new HashMap<>(given);
        options.remove(SampleInput.FILES_KEY);
        options.remove(SampleInput.OTHER_FILES_KEY);
        return options;
    }

    /** The sample input given, its file names checked. */
    static SampleInput read(Map<String, Object> given, List<Problem> found) {
        return new SampleInput(files(given, SampleInput.FILES_KEY, found),
                files(given, SampleInput.OTHER_FILES_KEY, found));
    }

    /** Whether the pipeline reads the folders its sample input fills. */
    static void check(PipelineSpec pipeline, List<Problem> found) {
        SampleInput input = pipeline.sampleInput();
        String source = pipeline.source().type();
        if (!input.files().isEmpty() && source.equals("rate")) {
            found.add(Problem.ofOption("'" + SampleInput.FILES_KEY + "' is given, but --source rate generates"
                    + " its rows and reads no input; remove it, or choose --source file, kafka or socket"));
        }
        if (source.equals("socket") && !input.files().isEmpty()
                && !input.files().keySet().equals(Set.of(SOCKET_LINES))) {
            found.add(Problem.ofOption("'" + SampleInput.FILES_KEY + "' of a socket pipeline holds "
                    + String.join(", ", input.files().keySet()) + "; allowed is one file, '" + SOCKET_LINES
                    + "', the lines its sample feeder serves"));
        }
        if (!input.otherFiles().isEmpty() && pipeline.pattern().join().isEmpty()) {
            found.add(Problem.ofOption("'" + SampleInput.OTHER_FILES_KEY + "' is given, but --pattern "
                    + pipeline.pattern().type() + " has no other side; remove it, or choose a join pattern"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> files(Map<String, Object> given, String key, List<Problem> found) {
        Object value = given.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            found.add(Problem.ofOption("'" + key + "' must be a mapping of file name to file content"));
            return Map.of();
        }
        Map<String, String> files = (Map<String, String>) value;
        files.keySet().stream().filter(name -> !SampleInput.validFileName(name)).forEach(name ->
                found.add(Problem.ofOption("'" + key + "' has the file name '" + Printable.oneLine(name)
                        + "'; allowed are letters, digits, '.', '_' and '-', starting with a letter or digit"
                        + " (Spark skips files whose names start with '.' or '_')")));
        return files;
    }
}
