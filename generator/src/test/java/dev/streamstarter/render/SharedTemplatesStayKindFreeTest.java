package dev.streamstarter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Shared templates say the structure; what a source, pattern or sink kind brings lives in its
 * folder under {@code templates/kinds/}. A shared template may still branch on a kind a few times
 * where a part would be harder to read, but not more than {@link #MOST} times.
 */
class SharedTemplatesStayKindFreeTest {

    private static final int MOST = 8;

    /** Model values that name a kind (or a fact only one kind has); see TemplateModel. */
    private static final Pattern KIND_REFERENCE = Pattern.compile(
            "\\$has\\.|\\$\\{?pipeline\\.(is\\w*(Source|Sink)|isPassthrough|is\\w*Aggregation|isWindowed"
                    + "|isDeduplication|is\\w*Join|isCsv\\w*|hasSampleRecords|usesServices|hasTopicPattern"
                    + "|hasKafkaKey|hasGivenUpsertKeys|source|sink|pattern)\\b");

    private static final Pattern BRANCH = Pattern.compile("^\\s*#\\{?(if|elseif)\\b.*");

    @Test
    void noSharedTemplateBranchesOnKindsMoreThanEightTimes() throws IOException {
        Map<String, Long> counts = kindBranchesPerSharedTemplate();
        assertThat(counts).as("kind branches per shared template (at most %d each)", MOST)
                .allSatisfy((template, count) -> assertThat(count).as(template).isLessThanOrEqualTo(MOST));
    }

    @Test
    void theCountRecognisesAKindBranch() {
        assertThat(isKindBranch("#if($pipeline.isKafkaSource)")).isTrue();
        assertThat(isKindBranch("#elseif($has.jdbcSink && $pipeline.isAppend)")).isTrue();
        assertThat(isKindBranch("#if($pipeline.isAppend)")).isFalse();
        assertThat(isKindBranch("#if($pipeline.parts.has(\"pipeline/result\"))")).isFalse();
    }

    static Map<String, Long> kindBranchesPerSharedTemplate() throws IOException {
        Path tree = Path.of("../templates/project");
        Map<String, Long> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                long count = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(SharedTemplatesStayKindFreeTest::isKindBranch)
                        .count();
                counts.put(tree.relativize(file).toString().replace('\\', '/'), count);
            }
        }
        return counts;
    }

    private static boolean isKindBranch(String line) {
        return BRANCH.matcher(line).matches() && KIND_REFERENCE.matcher(line).find();
    }
}
