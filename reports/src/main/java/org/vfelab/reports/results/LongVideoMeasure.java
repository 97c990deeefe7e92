package org.vfelab.reports.results;

import org.vfelab.reports.results.LongVideoChain.Stage;

import java.util.List;
import java.util.OptionalDouble;
import org.vfelab.tracking.RunMetrics;

/**
 * What the long-video table, its scatter figure and F6 read of each chain model, defined once so the three agree:
 * each measure is one metric of the finished trials of one {@link Stage}.
 */
public enum LongVideoMeasure {
    /** Text-to-video R@1 on long clips. */
    T2V_R1("long-clip T2V R@1", Stage.LONG_CLIPS, RunMetrics.T2V_R1),
    /** Video-to-text R@1 on long clips. */
    V2T_R1("long-clip V2T R@1", Stage.LONG_CLIPS, RunMetrics.V2T_R1),
    /** Rouge-L of the captions the video-to-text stage writes, in [0, 1]. */
    ROUGE_L("Rouge-L", Stage.VIDEO_TO_TEXT, RunMetrics.ROUGE_L),
    /** CIDEr-D of those captions. */
    CIDER("CIDEr", Stage.VIDEO_TO_TEXT, "cider"),
    /** Peak memory of contrastive training, in GB. */
    CONTRASTIVE_MEMORY("contrastive peak memory (GB)", Stage.CONTRASTIVE, RunMetrics.PEAK_MEMORY),
    /** Peak memory of video-to-text tuning, in GB. */
    VIDEO_TO_TEXT_MEMORY("video-to-text peak memory (GB)", Stage.VIDEO_TO_TEXT, RunMetrics.PEAK_MEMORY);

    private final String title;
    private final Stage stage;
    private final String metric;

    LongVideoMeasure(String title, Stage stage, String metric) {
        this.title = title;
        this.stage = stage;
        this.metric = metric;
    }

    /** The column title, e.g. {@code long-clip T2V R@1}. */
    public String title() {
        return title;
    }

    /** The stage whose trials it reads. */
    public Stage stage() {
        return stage;
    }

    /** The MLflow metric key, e.g. {@code t2v_recall_at_1}; memory is logged in MB and read in GB. */
    public String metric() {
        return metric;
    }

    /** The value of one trial: the metric, or for a memory the peak in GB. */
    public OptionalDouble value(TrialResult trial) {
        return metric.equals(RunMetrics.PEAK_MEMORY) ? trial.memoryGigabytes() : trial.metric(metric);
    }

    /** The finished trials of {@code model} this measure reads (some may lack the metric). */
    public List<TrialResult> trials(ResultsTable table, String model) {
        return LongVideoChain.trials(table, model, stage).stream().filter(TrialResult::finished).toList();
    }
}
