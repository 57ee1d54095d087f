package dev.streamstarter.archetype;

import dev.streamstarter.catalog.Catalog;
import dev.streamstarter.catalog.OptionDef;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maven {@code -D} properties that look like a catalog option but are none, such as
 * {@code -Dfliter}. Maven shares its properties with every plugin, so a property the archetype
 * does not know is no error by itself; one a letter or two away from an option almost surely is.
 */
final class MisspelledProperties {

    /** An option-like name: one camelCase word (Maven's and the JVM's own have dots). */
    private static final Pattern WORD = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** archetype:generate's own parameters and the project coordinates. */
    private static final Set<String> ARCHETYPE_PARAMETERS = Set.of("archetypeGroupId", "archetypeArtifactId",
            "archetypeVersion", "archetypeCatalog", "archetypeRepository", "interactiveMode",
            "askForDefaultPropertyValues", "goals", "basedir", "outputDirectory", "groupId", "artifactId",
            "version", "package");

    private MisspelledProperties() {}

    /** One problem per misspelled property, in sorted order, naming the option it resembles. */
    static List<String> find(Catalog catalog, Collection<?> names) {
        List<String> options = catalog.options().stream().map(OptionDef::id).toList();
        return names.stream()
                .map(String::valueOf)
                .filter(name -> WORD.matcher(name).matches())
                .filter(name -> !options.contains(name) && !ARCHETYPE_PARAMETERS.contains(name))
                .sorted()
                .flatMap(name -> nearest(options, name).stream().map(option -> "-D" + name
                        + " is not a property of this archetype; did you mean -D" + option + "?"))
                .toList();
    }

    private static Optional<String> nearest(List<String> options, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return options.stream()
                .filter(option -> distance(option.toLowerCase(Locale.ROOT), lower) <= (option.length() < 6 ? 1 : 2))
                .min((a, b) -> Integer.compare(distance(a.toLowerCase(Locale.ROOT), lower),
                        distance(b.toLowerCase(Locale.ROOT), lower)));
    }

    /** Edit distance where swapping two neighbouring letters is one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
