package org.vfelab.reports.results;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One trial of a sweep as the reports see it: who it is (sweep, arm, label, seed, the settings figures group by),
 * how it ended, and the final value of each metric it logged, keyed as in MLflow
 * ({@code peak_memory_megabytes}, {@code temporal/t2v_recall_at_1}, ...).
 *
 * @param label   the run name: the arm's label, with the seed when the sweep repeats seeds
 * @param outcome the {@code vfe.outcome} tag: finished, oom, diverged, timeout, error, killed, skipped-budget,
 *                skipped-parent
 */
public record TrialResult(String runId, String sweep, String arm, String label, long seed, String outcome,
                          String backbone, String sampler, double maskRatio, String preset, String trialKey,
                          Map<String, Double> metrics) {

    /** Peak training memory (live tensors). */
    public static final String PEAK_MEMORY = "peak_memory_megabytes";
    /** Peak process RSS; for a trial that ran out of memory before its tensors were counted, the better figure. */
    public static final String RSS_PEAK = "rss_peak_megabytes";
    /** Text-to-video Recall@1, the mean over the plain caption families. */
    public static final String T2V_R1 = "t2v_recall_at_1";
    /** Video-to-text Recall@1, the mean over the plain caption families. */
    public static final String V2T_R1 = "v2t_recall_at_1";

    private static final double MEGABYTES_PER_GIGABYTE = 1024.0;

    public TrialResult {
        metrics = Map.copyOf(new TreeMap<>(metrics));
    }

    /** The final value of a metric, if the run logged it and it is a number. */
    public OptionalDouble metric(String key) {
        Double value = metrics.get(key);
        return value == null || value.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Whether the trial trained to the end and was evaluated. */
    public boolean finished() {
        return outcome.equals("finished");
    }

    /** Whether the trial ran out of memory. */
    public boolean outOfMemory() {
        return outcome.equals("oom");
    }

    /**
     * Peak training memory in GB (binary): the live-tensor peak, or for an out-of-memory trial the larger of it and
     * the process's peak RSS (a batch that failed to allocate on the heap never reached the tensor count).
     */
    public OptionalDouble memoryGigabytes() {
        OptionalDouble tensors = metric(PEAK_MEMORY);
        OptionalDouble rss = metric(RSS_PEAK);
        double megabytes = outOfMemory() ? Math.max(tensors.orElse(0), rss.orElse(0)) : tensors.orElse(Double.NaN);
        return megabytes > 0 ? OptionalDouble.of(megabytes / MEGABYTES_PER_GIGABYTE) : OptionalDouble.empty();
    }
}
