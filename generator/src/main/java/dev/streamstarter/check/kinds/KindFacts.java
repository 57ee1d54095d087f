package dev.streamstarter.check.kinds;

import dev.streamstarter.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/** The facts one kind adds to those of a pipeline that has it, for catalog rules and file conditions. */
public interface KindFacts {

    /** A kind whose facts are all shared ones (its source, pattern or sink value). */
    KindFacts NONE = (pipeline, facts) -> {};

    /** Adds the kind's facts; a pipeline without the kind has none of them. */
    void addTo(PipelineSpec pipeline, Map<String, List<String>> facts);
}
