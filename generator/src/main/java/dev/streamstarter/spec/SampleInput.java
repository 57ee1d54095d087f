package dev.streamstarter.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The input a pipeline's project bundles when its spec gives one ({@code sampleInput} and, for a
 * join, {@code otherSampleInput}: file name to content), instead of the generated sample. Course
 * samples use it to run on data in the lesson's shapes, late rows included.
 *
 * @param files the files of the pipeline's input folder ({@code data/<pipeline>/}), in name order
 * @param otherFiles the files of a join's other side ({@code data/<pipeline>-other/})
 */
public record SampleInput(Map<String, String> files, Map<String, String> otherFiles) {

    /** Spec keys of a pipeline that hold sample input; they are not options of the catalog. */
    public static final String FILES_KEY = "sampleInput";
    public static final String OTHER_FILES_KEY = "otherSampleInput";

    /** No input given: the kinds generate their sample. */
    public static final SampleInput GENERATED = new SampleInput(Map.of(), Map.of());

    /** A plain file name the file source reads: Spark skips names that start with '.' or '_'. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public SampleInput {
        files = new LinkedHashMap<>(files);
        otherFiles = new LinkedHashMap<>(otherFiles);
    }

    /** Whether a file name is one a sample input may use. */
    public static boolean validFileName(String name) {
        return FILE_NAME.matcher(name).matches();
    }
}
