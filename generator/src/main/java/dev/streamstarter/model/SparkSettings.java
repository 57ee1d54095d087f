package dev.streamstarter.model;

import dev.streamstarter.check.Choices;
import dev.streamstarter.model.code.JavaLiterals;
import dev.streamstarter.model.code.MarkdownText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spark settings a project records (time zone, shuffle partitions, further settings), as the
 * job's defaults: {@code sessionTimeZone*}, {@code shufflePartitions} and {@code sparkConf}, a list
 * of {@code keyJava}/{@code valueJava}/{@code keyMd}/{@code valueMd} entries.
 */
final class SparkSettings {

    private SparkSettings() {}

    static Map<String, Object> of(Choices project) {
        Map<String, Object> values = new LinkedHashMap<>();
        String zone = project.text("sessionTimeZone");
        values.put("sessionTimeZoneJava", JavaLiterals.string(zone));
        values.put("sessionTimeZoneMd", MarkdownText.code(zone));
        values.put("shufflePartitions", project.text("shufflePartitions"));
        List<Map<String, String>> conf = new ArrayList<>();
        for (String entry : project.list("sparkConf")) {
            int equals = entry.indexOf('=');
            String key = entry.substring(0, equals);
            String value = entry.substring(equals + 1);
            conf.add(Map.of(
                    "keyJava", JavaLiterals.string(key),
                    "valueJava", JavaLiterals.string(value),
                    "keyMd", MarkdownText.code(key),
                    "valueMd", MarkdownText.code(value)));
        }
        values.put("sparkConf", conf);
        return values;
    }
}
