package org.vfelab.reports.findings;

import org.vfelab.reports.results.ClipScale;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.tracking.RunMetrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Test rows: a finished unmasked tiny trial of seed 7 unless told otherwise. */
final class Trial {

    private final String backbone;
    private String sampler = "random-mask";
    private double mask;
    private String preset = "tiny";
    private long seed = 7;
    private String outcome = "finished";
    private String label;
    private ClipScale clips = ClipScale.UNKNOWN;
    private final Map<String, Double> metrics = new HashMap<>();

    private Trial(String backbone) {
        this.backbone = backbone;
    }

    static Trial of(String backbone) {
        return new Trial(backbone);
    }

    static ResultsTable table(Trial... trials) {
        return new ResultsTable(Arrays.stream(trials).map(Trial::build).toList());
    }

    Trial sampler(String value) {
        sampler = value;
        return this;
    }

    Trial mask(double value) {
        mask = value;
        return this;
    }

    Trial preset(String value) {
        preset = value;
        return this;
    }

    Trial seed(long value) {
        seed = value;
        return this;
    }

    Trial oom() {
        outcome = "oom";
        return this;
    }

    /** Tokens per clip and evaluation clips per family. */
    Trial clips(int tokens, int evalClips) {
        clips = new ClipScale(tokens, evalClips);
        return this;
    }

    Trial label(String value) {
        label = value;
        return this;
    }

    Trial t2v(double value) {
        return metric(RunMetrics.T2V_R1, value);
    }

    Trial temporal(double value) {
        return metric("temporal/t2v_recall_at_1", value);
    }

    Trial appearance(double value) {
        return metric("appearance/t2v_recall_at_1", value);
    }

    Trial gigabytes(double value) {
        return metric(RunMetrics.PEAK_MEMORY, value * 1024);
    }

    Trial metric(String key, double value) {
        metrics.put(key, value);
        return this;
    }

    TrialResult build() {
        String name = label != null ? label : backbone + " " + sampler + " " + mask;
        return new TrialResult("run-" + name + "-" + seed, "test", name, name, seed, outcome, backbone, sampler,
                mask, preset, name + "#" + seed, metrics).withClips(clips);
    }
}
