package dev.streamstarter.model.kinds;

import dev.streamstarter.check.CheckedPipeline;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import dev.streamstarter.model.sample.SampleData;
import dev.streamstarter.spec.JoinSpec;
import dev.streamstarter.spec.PipelineSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The join patterns' values. A key both sides name the same is renamed {@code other_<key>} on the
 * other side before the join, so that every column name of the result is unambiguous; afterwards
 * one key column is kept, taken from whichever side has the row. Keys named differently
 * ({@code streamColumn = otherColumn}) are both kept, as they are.
 */
final class JoinModel implements KindModel {

    @Override
    public void addTo(CheckedPipeline checked, Map<String, Object> model) {
        PipelineSpec pipeline = checked.spec();
        String pattern = pipeline.pattern().type();
        model.put("isJoin", true);
        model.put("isStreamStaticJoin", pattern.equals("stream-static-join"));
        model.put("isStreamStreamJoin", pattern.equals("stream-stream-join"));
        JoinSpec join = pipeline.pattern().join().orElseThrow();
        List<Map<String, Object>> keys = new ArrayList<>();
        List<String> equalities = new ArrayList<>();
        List<String> keysMd = new ArrayList<>();
        for (JoinSpec.Key key : join.keys()) {
            String other = key.sameName() ? "other_" + key.other() : key.other();
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("keyJava", JavaLiterals.string(key.stream()));
            pair.put("otherJava", JavaLiterals.string(other));
            pair.put("sameName", key.sameName());
            // The key's value in a result row, whichever side the row has.
            pair.put("resultJava", JavaLiterals.string(key.sameName() ? key.stream()
                    : "coalesce(" + key.stream() + ", " + key.other() + ")"));
            keys.add(pair);
            equalities.add("`" + key.stream() + "` = `" + other + "`");
            keysMd.add(key.sameName() ? MarkdownText.cell(key.stream())
                    : MarkdownText.cell(key.stream()) + " = " + MarkdownText.cell(key.other()));
        }
        model.put("keysMd", keysMd);
        model.put("renamedKeys", keys.stream().filter(pair -> (Boolean) pair.get("sameName")).toList());
        model.put("hasOtherSelects", !join.otherSelect().isEmpty());
        model.put("otherSelectsJava", join.otherSelect().stream().map(JavaLiterals::string).toList());
        model.put("otherSelectsMd", join.otherSelect().stream().map(MarkdownText::cell).toList());
        model.put("shiftsOtherEventTime", join.otherWatermark().isPresent() && join.otherSelect().isEmpty());
        String condition = String.join(" AND ", equalities)
                + join.timeRange().map(range -> " AND (" + range + ")").orElse("");
        model.put("joinKeys", keys);
        model.put("joinConditionJava", JavaLiterals.string(condition));
        model.put("joinType", join.joinType());
        model.put("joinTypeJava", JavaLiterals.string(join.joinType().replace('-', '_')));
        model.put("isSemiJoin", join.joinType().equals("left-semi"));
        // Which side's keys must all come out, and which side every result key must come from.
        model.put("keepsEveryStreamKey", join.joinType().equals("left-outer") || join.joinType().equals("full-outer"));
        model.put("keepsEveryOtherKey", join.joinType().equals("right-outer") || join.joinType().equals("full-outer"));
        model.put("matchesOnly", join.joinType().equals("inner") || join.joinType().equals("left-semi"));
        model.put("otherSchemaJava", JavaLiterals.string(join.otherSchema()));
        model.put("otherSchemaMd", MarkdownText.cell(join.otherSchema()));
        model.put("otherFormat", join.otherFormat());
        model.put("isCsvOther", join.otherFormat().equals("csv"));
        model.put("hasOtherWatermark", join.otherWatermark().isPresent());
        model.put("otherEventTimeJava", JavaLiterals.string(join.otherEventTime().orElse("")));
        model.put("otherWatermarkJava", JavaLiterals.string(join.otherWatermark().orElse("")));
        model.put("otherWatermark", join.otherWatermark().orElse("none"));
        model.put("hasTimeRange", join.timeRange().isPresent());
        // The side whose columns are null in an unmatched row: the other side's for left-outer.
        model.put("nullsOnOtherSide", !join.joinType().equals("right-outer"));
        model.put("timeRangeMd", MarkdownText.cell(join.timeRange().orElse("")));
    }

    @Override
    public void addAbsent(Map<String, Object> model) {
        model.put("isJoin", false);
        model.put("isStreamStaticJoin", false);
        model.put("isStreamStreamJoin", false);
    }

    @Override
    public void addSampleFiles(PipelineSpec pipeline, Map<String, String> files) {
        files.putAll(SampleData.otherSide(pipeline));
    }
}
