package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.Summary;

import java.util.List;
import java.util.Optional;

/**
 * Whether the runs a recall finding rests on learned anything. A 20-step smoke run ranks captions at chance; a
 * finding read on it ("masking loses no recall", "joint does not beat frame-avg") would be a verdict on noise. So a
 * recall finding first checks its reference settings (the unmasked baselines it compares against): each must reach a
 * mean text-to-video R@1 of at least {@link #TIMES_CHANCE} times chance, chance being one over the clips of an
 * evaluation family ({@code data.eval_clips}; 1/256 at the default 256 clips, so the bar is 0.039). A baseline below
 * it makes the finding {@link Verdict#NOT_ENOUGH_EVIDENCE} with the numbers, never {@link Verdict#NOT_SUPPORTED}.
 */
final class Learning {

    /** How many times chance a baseline's R@1 must reach to count as having learned. */
    static final double TIMES_CHANCE = 10.0;
    /** Clips per evaluation family when a run did not record them (results from before they were recorded). */
    static final int DEFAULT_EVAL_CLIPS = 256;

    private Learning() {
    }

    /**
     * The part that stops the finding if any of {@code baselines} that has {@code metric} stayed below the bar;
     * baselines without runs are left to the finding's own "needs" parts.
     */
    static Optional<Part> unlearned(ResultsTable table, List<Setting> baselines, String metric) {
        for (Setting baseline : baselines) {
            Summary recall = baseline.recall(table, metric);
            if (recall.n() == 0) {
                continue;
            }
            int clips = evalClips(baseline.trials(table));
            double bar = TIMES_CHANCE / clips;
            if (recall.mean() < bar) {
                return Optional.of(Part.unlearned(baseline.name() + " " + metric + " " + Format.recall(recall)
                        + " is below " + Format.number(bar) + " (" + Format.ratio(TIMES_CHANCE) + "x chance with "
                        + clips + " evaluation clips): these runs did not learn, so they can neither support nor "
                        + "contradict the finding"));
            }
        }
        return Optional.empty();
    }

    /** The smallest evaluation set the trials recorded (the highest chance level, the strictest bar), or the default. */
    private static int evalClips(List<TrialResult> trials) {
        return trials.stream().mapToInt(trial -> trial.clips().evalClips()).filter(clips -> clips > 0).min()
                .orElse(DEFAULT_EVAL_CLIPS);
    }
}
