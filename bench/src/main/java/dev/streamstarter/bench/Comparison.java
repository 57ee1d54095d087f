package dev.streamstarter.bench;

import java.util.List;

/**
 * Things measured side by side in one run, each against a baseline, as a table of RESULTS.md.
 *
 * @param title the section's heading
 * @param how what was run, so that a reader can run it again
 * @param baseline the runs the others are divided by
 * @param others the runs compared with the baseline
 */
record Comparison(String title, String how, Runs baseline, List<Compared> others) {

    /**
     * Runs compared with the baseline and the goal for them, if any.
     *
     * @param maxRatio the most their median may be, as a multiple of the baseline's (0: no goal)
     * @param maxMillis the most their median may be, in ms (0: no goal)
     */
    record Compared(Runs runs, double maxRatio, long maxMillis) {

        static Compared atMostTimes(Runs runs, double maxRatio) {
            return new Compared(runs, maxRatio, 0);
        }

        static Compared atMostMillis(Runs runs, long maxMillis) {
            return new Compared(runs, 0, maxMillis);
        }

        static Compared noGoal(Runs runs) {
            return new Compared(runs, 0, 0);
        }

        double ratio(Runs baseline) {
            return runs.median() / baseline.median();
        }

        /** The goal as RESULTS.md shows it, with whether it was met; empty without a goal. */
        String goal(Runs baseline) {
            if (maxRatio > 0) {
                return "≤ " + maxRatio + "× " + (ratio(baseline) <= maxRatio ? "met" : "**not met**");
            }
            if (maxMillis > 0) {
                return "≤ " + maxMillis / 1000.0 + " s " + (runs.median() <= maxMillis ? "met" : "**not met**");
            }
            return "";
        }
    }
}
