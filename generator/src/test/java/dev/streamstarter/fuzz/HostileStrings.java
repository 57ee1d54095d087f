package dev.streamstarter.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Strings that have broken, or could break, what a value is rendered into: Java literals and
 * comments, Markdown tables, YAML, XML, Velocity, SQL, the command line and the file system.
 */
final class HostileStrings {

    /** Each one alone; {@link #inserted} also puts them inside valid values. */
    static final List<String> FRAGMENTS = List.of(
            "", " ", "  ", "'", "\"", "''", "\"\"", "`", "\\", "\\\\", "\\u", "\\u0022", "\\u000a", "\\uZZ",
            "\\n", "*/", "/*", "//", "/**/", "|", "a|b", "||", "\n", "a\nb", "\r\n", "\r", "\t", "\f",
            "\u0000", "\u0007", "\u001b[2K", "\u2028", "\u2029", "\u202e", "\u00a0", "\ufeff", "é", "日本語", "😀",
            "Ωmega", "straße", "İ", "@file", "@/etc/hostname", "@", "-", "--", "-x", "--help", "--source",
            "-Dx=y", "; DROP TABLE events; --", "1 OR 1=1", "' OR '1'='1", "x); DROP TABLE t; --",
            "${project.version}", "${", "$x", "$!{x}", "#set($x = 1)", "#end", "##", "#[[x]]#", "#*",
            "<!--", "-->", "]]>", "</project>", "<b>&amp;</b>", "&", "%s", "%n", "{pipelineName}", "{0}",
            "..", "../..", "../x", "/", "/tmp/x", "C:\\x", "~", "null", "none", "None", "NONE", "true", "no",
            "yes", "off", "1.10", "0x10", "1e3", "NaN", "-1", "0", "2147483648", "99999999999999999999",
            ";", ";;", "a;;b", ",", ":", ": ", "- ", "&a", "*a", "!!int 5", "{a: b}", "[a]", "? x", "%YAML",
            "---", "...", "=", "a=b", "spark.", "spark.x=", "(", ")", "((", "[", "]", "{", "}", ".*", "*",
            "a b", "A", "a".repeat(41), "a".repeat(64), "a".repeat(101), "a".repeat(250), "x".repeat(501),
            "y".repeat(5_000), "z".repeat(70_000), "é".repeat(33_000));

    private HostileStrings() {}

    /** One hostile string: a fragment, or a few of them run together. */
    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(FRAGMENTS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(FRAGMENTS).list().ofMinSize(2).ofMaxSize(4)
                        .map(parts -> String.join("", parts))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)));
    }

    /** A valid value with a hostile string put in at some position (possibly the ends). */
    static Arbitrary<String> inserted(String valid) {
        return Arbitraries.integers().between(0, valid.length()).flatMap(at -> any().map(hostile ->
                valid.substring(0, at) + hostile + valid.substring(at)));
    }
}
