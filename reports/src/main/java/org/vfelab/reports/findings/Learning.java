package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.Summary;
import org.vfelab.tracking.RunMetrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether the runs a recall finding rests on learned anything. A 20-step smoke run ranks captions at chance; a
 * finding read on it ("masking loses no recall", "joint does not beat frame-avg") would be a verdict on noise. So a
 * recall finding first checks its reference settings (the unmasked baselines it compares against): each must reach a
 * mean text-to-video R@1 of at least {@link #TIMES_CHANCE} times chance. Chance is what the runs measured on their
 * own evaluation sets ({@code <family>/chance_t2v_recall_at_1}, which counts duplicate captions: 0.009 on the
 * default 256 moving-shapes clips, so the bar is 0.09), or else one over the clips of a family
 * ({@code data.eval_clips}; 1/256 if not recorded). A baseline below the bar makes the finding
 * {@link Verdict#NOT_ENOUGH_EVIDENCE} with the numbers, never {@link Verdict#NOT_SUPPORTED}.
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
            List<TrialResult> trials = baseline.trials(table);
            OptionalDouble measured = measuredChance(trials);
            int clips = evalClips(trials);
            double chance = measured.orElse(1.0 / clips);
            double bar = TIMES_CHANCE * chance;
            if (recall.mean() < bar) {
                String why = measured.isPresent() ? "the chance level its evaluation sets measured"
                        : "1/" + clips + " with " + clips + " evaluation clips";
                return Optional.of(Part.unlearned(baseline.name() + " " + metric + " " + Format.recall(recall)
                        + " is below " + Format.number(bar) + " (" + Format.ratio(TIMES_CHANCE) + "x chance "
                        + Format.number(chance) + ", " + why + "): these runs did not learn, so they can neither "
                        + "support nor contradict the finding"));
            }
        }
        return Optional.empty();
    }

    /** The highest chance level the trials measured, each the mean over its caption families; empty if none. */
    private static OptionalDouble measuredChance(List<TrialResult> trials) {
        String suffix = "/" + RunMetrics.CHANCE_T2V_R1;
        return trials.stream().map(trial -> trial.metrics().entrySet().stream()
                        .filter(entry -> entry.getKey().endsWith(suffix)).mapToDouble(Map.Entry::getValue).average())
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).max();
    }

    /** The smallest evaluation set the trials recorded (the highest chance, the strictest bar), or the default. */
    private static int evalClips(List<TrialResult> trials) {
        return trials.stream().mapToInt(trial -> trial.clips().evalClips()).filter(clips -> clips > 0).min()
                .orElse(DEFAULT_EVAL_CLIPS);
    }
}
