package org.vfelab.reports.results;

import org.vfelab.tracking.RunMetrics;
import org.vfelab.tracking.TrainingOutcome;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One trial of a sweep as the reports see it: who it is (sweep, arm, label, seed, the settings figures group by),
 * how it ended, and the final value of each metric it logged, keyed as in MLflow
 * ({@code peak_memory_megabytes}, {@code temporal/t2v_recall_at_1}, ...). The task, event count and steps tell the
 * stages of a chained sweep apart (a contrastive stage, an evaluation-only run on long clips, a video-to-text stage),
 * which logged metrics alone cannot.
 *
 * @param label   the run name: the arm's label, with the seed when the sweep repeats seeds
 * @param outcome the {@code vfe.outcome} tag: finished, oom, diverged, timeout, error, killed, skipped-budget,
 *                skipped-parent
 * @param task    the {@code task.type} param: contrastive, language-model or captioning
 * @param events  the {@code data.events} param (motion events per clip), {@value #NOT_LOGGED} if the run lacks it
 * @param steps   the {@code training.steps} param (0: evaluation only), {@value #NOT_LOGGED} if the run lacks it
 * @param clips   tokens per clip and evaluation clips per family
 * @param params  every param the run logged (the flattened descriptor), so a sweep over any key is visible in the
 *                results without code that knows the key
 */
public record TrialResult(String runId, String sweep, String arm, String label, long seed, String outcome,
                          String backbone, String sampler, double maskRatio, String preset, String trialKey,
                          String task, int events, int steps, ClipScale clips, Map<String, String> params,
                          Map<String, Double> metrics) {

    /** The {@code task.type} of contrastive pre-training, the only task before the key existed. */
    public static final String CONTRASTIVE = "contrastive";
    /** The {@code task.type} of video-to-text tuning. */
    public static final String CAPTIONING = "captioning";
    /** {@link #events} or {@link #steps} of a run that did not log the param. */
    public static final int NOT_LOGGED = -1;

    private static final double MEGABYTES_PER_GIGABYTE = 1024.0;

    public TrialResult {
        params = Map.copyOf(new TreeMap<>(params));
        metrics = Map.copyOf(new TreeMap<>(metrics));
    }

    /**
     * A contrastive trial from before {@code task.type}, {@code data.events} and {@code training.steps} were read
     * (an old {@code results.csv}), or one whose stage does not matter.
     */
    public TrialResult(String runId, String sweep, String arm, String label, long seed, String outcome,
                       String backbone, String sampler, double maskRatio, String preset, String trialKey,
                       Map<String, Double> metrics) {
        this(runId, sweep, arm, label, seed, outcome, backbone, sampler, maskRatio, preset, trialKey, CONTRASTIVE,
                NOT_LOGGED, NOT_LOGGED, ClipScale.UNKNOWN, Map.of(), metrics);
    }

    /** This trial seen at {@code scale} (a test's rows, a results file that predates the scale columns). */
    public TrialResult withClips(ClipScale scale) {
        return new TrialResult(runId, sweep, arm, label, seed, outcome, backbone, sampler, maskRatio, preset,
                trialKey, task, events, steps, scale, params, metrics);
    }

    /** The final value of a metric, if the run logged it and it is a number. */
    public OptionalDouble metric(String key) {
        Double value = metrics.get(key);
        return value == null || value.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Whether the trial trained to the end and was evaluated. */
    public boolean finished() {
        return outcome.equals(TrainingOutcome.FINISHED.tag());
    }

    /** Whether the trial only evaluated its starting weights ({@code training.steps: 0}). */
    public boolean evaluationOnly() {
        return steps == 0;
    }

    /**
     * Whether this is contrastive training on video outside the long-video chain ({@link LongVideoChain}), not an
     * image pre-training stage: the trials the ablation figures and findings F1-F5 read.
     */
    public boolean ablation() {
        return task.equals(CONTRASTIVE) && !clips.stills() && !LongVideoChain.member(this);
    }

    /** Whether the trial ran out of memory. */
    public boolean outOfMemory() {
        return outcome.equals(TrainingOutcome.OOM.tag());
    }

    /**
     * Peak training memory in GB (binary): the live-tensor peak, or for an out-of-memory trial the larger of it and
     * the process's peak RSS (a batch that failed to allocate on the heap never reached the tensor count).
     */
    public OptionalDouble memoryGigabytes() {
        OptionalDouble tensors = metric(RunMetrics.PEAK_MEMORY);
        OptionalDouble rss = metric(RunMetrics.RSS_PEAK);
        double megabytes = outOfMemory() ? Math.max(tensors.orElse(0), rss.orElse(0)) : tensors.orElse(Double.NaN);
        return megabytes > 0 ? OptionalDouble.of(megabytes / MEGABYTES_PER_GIGABYTE) : OptionalDouble.empty();
    }
}
