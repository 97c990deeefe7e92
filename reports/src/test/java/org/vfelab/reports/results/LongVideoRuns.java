package org.vfelab.reports.results;

import org.vfelab.tracking.RunMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test rows of the long-video chain as the long-video sweep writes them: arm labels, {@code task.type},
 * {@code data.events} and {@code training.steps} per stage, seeds 7, 8, 9, ...
 */
public final class LongVideoRuns {

    /** The models in table order, for the per-model arrays of {@link #chain}. */
    public static final List<String> MODELS = List.of("IMAGE-ViT", "SHORT-ViViT", "LONG-ViViT");
    /** Contrastive-stage peak memory per model in MB: 0.5, 1.0 and 0.75 GB. */
    public static final double[] CONTRASTIVE_MB = {512, 1024, 768};
    /** Video-to-text peak memory per model in MB: 1.5, 2.0 and 2.25 GB. */
    public static final double[] VIDEO_TO_TEXT_MB = {1536, 2048, 2304};
    /** The short-clip R@1 the contrastive stages of IMAGE-ViT and SHORT-ViViT log, which no long-clip cell reads. */
    public static final double SHORT_CLIP_R1 = 0.9;

    private LongVideoRuns() {
    }

    /**
     * The whole chain over seeds 7, 8, ...: the language model, each model's contrastive stage, the evaluation of
     * IMAGE-ViT and SHORT-ViViT on long clips (LONG-ViViT is scored on them as it trains) and each model's
     * video-to-text stage. Arrays are per model (IMAGE-ViT, SHORT-ViViT, LONG-ViViT), then per seed; long-clip V2T
     * R@1 is T2V minus 0.02, CIDEr twice Rouge-L.
     */
    public static ResultsTable chain(double[][] longClipT2v, double[][] rougeL) {
        List<TrialResult> rows = new ArrayList<>();
        for (int s = 0; s < longClipT2v[0].length; s++) {
            long seed = 7 + s;
            rows.add(trial("language model", seed, "language-model", 2, 300, Map.of("eval_loss", 1.5)));
            rows.add(trial("IMAGE-ViT pre-training", seed, "contrastive", 2, 200,
                    Map.of(RunMetrics.PEAK_MEMORY, CONTRASTIVE_MB[0], RunMetrics.T2V_R1, SHORT_CLIP_R1)));
            rows.add(trial("SHORT-ViViT", seed, "contrastive", 2, 200,
                    Map.of(RunMetrics.PEAK_MEMORY, CONTRASTIVE_MB[1], RunMetrics.T2V_R1, SHORT_CLIP_R1)));
            rows.add(trial("LONG-ViViT", seed, "contrastive", 4, 200, Map.of(RunMetrics.PEAK_MEMORY,
                    CONTRASTIVE_MB[2], RunMetrics.T2V_R1, longClipT2v[2][s],
                    RunMetrics.V2T_R1, longClipT2v[2][s] - 0.02)));
            for (int m = 0; m < 2; m++) {
                rows.add(trial(MODELS.get(m) + " on long clips", seed, "contrastive", 4, 0, Map.of(
                        RunMetrics.T2V_R1, longClipT2v[m][s], RunMetrics.V2T_R1, longClipT2v[m][s] - 0.02)));
            }
            for (int m = 0; m < 3; m++) {
                rows.add(trial(MODELS.get(m) + " video-to-text", seed, "captioning", 4, 100, Map.of(
                        "rouge_l", rougeL[m][s], "cider", 2 * rougeL[m][s], "temporal/rouge_l", rougeL[m][s],
                        RunMetrics.PEAK_MEMORY, VIDEO_TO_TEXT_MB[m])));
            }
        }
        return new ResultsTable(rows);
    }

    /** A finished trial of arm {@code arm}, labelled with its seed as a sweep over several seeds does. */
    public static TrialResult trial(String arm, long seed, String task, int events, int steps,
                                    Map<String, Double> metrics) {
        return new TrialResult("r-" + arm + "-" + seed, "long-video", arm, arm + " seed=" + seed, seed, "finished",
                arm.startsWith("IMAGE") ? "frame-avg" : "joint", "random-mask", arm.startsWith("LONG") ? 0.75 : 0,
                "tiny", "k-" + arm + "-" + seed, task, events, steps, ClipScale.UNKNOWN, Map.of(), new HashMap<>(metrics));
    }

    /** {@code table} without the trials of an arm or the one trial of a label, as if they had never run. */
    public static ResultsTable without(ResultsTable table, String armOrLabel) {
        return new ResultsTable(table.rows().stream()
                .filter(row -> !row.arm().equals(armOrLabel) && !row.label().equals(armOrLabel)).toList());
    }

    /** {@code table} with the trials of {@code arm} ended by {@code outcome} and without metrics. */
    public static ResultsTable failed(ResultsTable table, String arm, String outcome) {
        return new ResultsTable(table.rows().stream().map(row -> !row.arm().equals(arm) ? row
                : new TrialResult(row.runId(), row.sweep(), row.arm(), row.label(), row.seed(), outcome,
                        row.backbone(), row.sampler(), row.maskRatio(), row.preset(), row.trialKey(), row.task(),
                        row.events(), row.steps(), row.clips(), row.params(), Map.of())).toList());
    }
}
