package dev.streamstarter.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/** Makes case K of a seed from its own Random, so that any case can be run again alone. */
final class FuzzCases {

    /** Folder names for DIR: the fuzzed choices decide a project, its folder name must not matter. */
    private static final List<String> FOLDER_NAMES = List.of("p", "my job", "proj-é", "日本", "a'b", "x.y",
            "a\"b", "\\u002a", "$HOME", "*", "x|y");

    private FuzzCases() {}

    static FuzzCase make(long seed, int number) {
        // Mixed, since java.util.Random's first draws from neighbouring seeds are alike.
        Random random = new Random(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number).nextLong());
        String folder = Picks.one(random, FOLDER_NAMES);
        // Option flags in five cases of eight, spec files in three.
        if (random.nextInt(8) < 5) {
            return new FuzzCase(seed, number, folder, CliArguments.options(random), null, null);
        }
        String spec = SpecFiles.any(random);
        // Now and then not UTF-8 (an editor set to Latin-1), or a flag the spec should have held.
        Charset charset = Picks.oneIn(random, 30) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        List<String> extra = Picks.oneIn(random, 30) ? Picks.one(random, List.of(List.of("--sink", "memory"),
                List.of("--force"), List.of("--spec", "other.yaml"), List.of("--help"))) : List.of();
        return new FuzzCase(seed, number, folder, extra, spec, charset);
    }
}
