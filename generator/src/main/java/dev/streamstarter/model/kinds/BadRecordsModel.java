package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.sample.BadLines;
import dev.streamstarter.spec.JoinSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bad-records policy of a pipeline whose source parses text, or that joins files: which one,
 * and the bad lines its test feeds (each with the words its reason must hold), for the source and
 * for a join's other side, whose files the policy covers too.
 */
final class BadRecordsModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline pipeline, Map<String, Object> model) {
        String policy = pipeline.spec().source().badRecords().orElseThrow();
        model.put("badRecords", policy);
        model.put("keepsDeadLetters", policy.equals("dead-letter"));
        model.put("dropsBadRecords", policy.equals("drop"));
        model.put("failsOnBadRecords", policy.equals("fail"));
        String source = pipeline.spec().source().type();
        // A socket or rate source parses nothing: only a join's other side does then.
        boolean sourceParses = source.equals("file") || source.equals("kafka");
        model.put("sourceParses", sourceParses);
        if (sourceParses) {
            BadLines lines = BadLines.of(pipeline.spec().schema(), pipeline.spec().source().format().orElse("json"));
            model.put("goodLineJava", JavaLiterals.string(lines.good()));
            model.put("badLines", bad(lines));
        }
        Optional<JoinSpec> join = pipeline.spec().pattern().join();
        model.put("parsesOther", join.isPresent());
        join.ifPresent(other -> {
            BadLines otherLines = BadLines.of(other.otherSchema(), other.otherFormat());
            model.put("otherGoodLineJava", JavaLiterals.string(otherLines.good()));
            model.put("otherBadLines", bad(otherLines));
        });
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("badRecords", "none");
        model.put("keepsDeadLetters", false);
        model.put("dropsBadRecords", false);
        model.put("failsOnBadRecords", false);
        model.put("parsesOther", false);
        model.put("sourceParses", false);
    }

    private static List<Map<String, Object>> bad(BadLines lines) {
        return lines.bad().stream()
                .map(bad -> Map.<String, Object>of(
                        "lineJava", JavaLiterals.string(bad.line()),
                        "reasonJava", JavaLiterals.string(bad.reason()),
                        "notUtf8", bad.notUtf8()))
                .toList();
    }
}
