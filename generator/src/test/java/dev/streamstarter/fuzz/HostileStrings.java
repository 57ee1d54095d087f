package dev.streamstarter.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Strings that have broken, or could break, what a value is rendered into: Java literals and
 * comments, Markdown tables, YAML, XML, Velocity, SQL, the command line and the file system.
 */
final class HostileStrings {

    /** Each one alone; {@link #inserted} also puts them inside valid values. */
    static final List<String> FRAGMENTS = List.of(
            "", " ", "  ", "'", "\"", "''", "\"\"", "`", "\\", "\\\\", "\\u", "\\u0022", "\\u000a", "\\uZZ",
            // Unicode escapes javac reads before anything else: a comment's end, a quote, a line break.
            "\\u002a/", "\\u002A\\u002F", "\\uuuu0022", "\\u000d", "\\\\u0022",
            "\\n", "*/", "/*", "//", "/**/", "|", "a|b", "||", "\n", "a\nb", "\r\n", "\r", "\t", "\f",
            "\u0000", "\u0007", "\u001b[2K", "\u007f", "\u0085", "\u2028", "\u2029", "\u202e", "\u00a0", "\ufeff",
            "é", "日本語", "😀", "Ωmega", "straße", "İ",
            // Unpaired surrogates: no encoding can write them.
            "\ud800", "\udfff", "a\ud83d", "\ude00b", "\ude00\ud83d",
            "@file", "@/etc/hostname", "@", "-", "--", "-x", "--help", "--source",
            "-Dx=y", "; DROP TABLE events; --", "1 OR 1=1", "' OR '1'='1", "x); DROP TABLE t; --",
            "${project.version}", "${", "$x", "$!{x}", "#set($x = 1)", "#end", "##", "#[[x]]#", "#*",
            "<!--", "-->", "]]>", "</project>", "<b>&amp;</b>", "&", "%s", "%n", "{pipelineName}", "{0}",
            "..", "../..", "../x", "/", "/tmp/x", "C:\\x", "~", "null", "Null", "none", "None", "NONE",
            // What YAML 1.1 reads as booleans, octal, floats, dates and sexagesimal times.
            "true", "no", "No", "yes", "off", "on", "y", "n", "010", "0o10", "1.10", "1_000", ".inf", "-.Inf",
            "2024-01-01", "2024-01-01T12:30:00Z", "12:30:00", "1:20", "0x10", "1e3", "NaN", "-1", "0",
            "2147483648", "99999999999999999999",
            ";", ";;", "a;;b", ",", ":", ": ", "- ", "&a", "*a", "!!int 5", "!!binary aGk=", "{a: b}", "[a]", "? x",
            "%YAML", "---", "...", "=", "a=b", "spark.", "spark.x=", "(", ")", "((", "[", "]", "{", "}", ".*", "*",
            "a b", "A", "a".repeat(41), "a".repeat(64), "a".repeat(101), "a".repeat(250), "x".repeat(501),
            "y".repeat(5_000), "z".repeat(70_000), "é".repeat(33_000));

    private HostileStrings() {}

    /** One hostile string: a fragment, a few of them run together, or random characters. */
    static String any(Random random) {
        int roll = random.nextInt(9);
        if (roll < 6) {
            return Picks.one(random, FRAGMENTS);
        }
        if (roll < 8) {
            StringBuilder joined = new StringBuilder();
            for (int i = Picks.between(random, 2, 4); i > 0; i--) {
                joined.append(Picks.one(random, FRAGMENTS));
            }
            return joined.toString();
        }
        return randomText(random, 30);
    }

    /** A valid value with a hostile string put in at some position (possibly the ends). */
    static String inserted(Random random, String valid) {
        int at = random.nextInt(valid.length() + 1);
        return valid.substring(0, at) + any(random) + valid.substring(at);
    }

    /** Up to {@code maxLength} chars from every corner of UTF-16: controls, Latin-1, CJK, surrogates. */
    static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(switch (random.nextInt(6)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1, 2 -> (char) Picks.between(random, 0x20, 0x7e);
                case 3 -> (char) Picks.between(random, 0x80, 0x2fff);
                case 4 -> (char) Picks.between(random, 0xd800, 0xdfff); // paired only by chance
                default -> (char) Picks.between(random, 0xe000, 0xffff);
            });
        }
        return text.toString();
    }
}
