package dev.streamstarter.fuzz;

import java.util.List;
import java.util.Random;

/** Random choices for the case generators; each draws from its case's own Random, so a case replays alone. */
final class Picks {

    private Picks() {}

    static <T> T one(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** From {@code min} to {@code max}, both included. */
    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** True once in {@code n} draws on average. */
    static boolean oneIn(Random random, int n) {
        return random.nextInt(n) == 0;
    }
}
