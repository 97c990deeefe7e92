package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.PairedComparison;
import org.vfelab.reports.stats.SeedMeans;
import org.vfelab.reports.stats.Summary;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One point of an ablation figure: a backbone under a sampler at a mask ratio and a model preset. Findings compare
 * settings, not sweeps or arms, so that the same configuration counts wherever it ran (table1's joint and fig2's
 * joint mask 0 are one point). Only {@linkplain TrialResult#ablation ablation} trials count: LONG-ViViT is joint
 * at mask 0.75 too, but on other clips, and a video-to-text stage logs memory that is not contrastive training's.
 */
record Setting(String backbone, String sampler, double maskRatio, String preset) {

    static final String RANDOM_MASK = "random-mask";
    private static final double SAME_RATIO = 1e-9;

    /** {@code backbone} under random masking at ratio 0: the unmasked baseline of every figure. */
    static Setting unmasked(String backbone, String preset) {
        return new Setting(backbone, RANDOM_MASK, 0.0, preset);
    }

    Setting masked(double ratio) {
        return new Setting(backbone, sampler, ratio, preset);
    }

    Setting sampledBy(String other) {
        return new Setting(backbone, other, maskRatio, preset);
    }

    /** {@code joint (mask 0.75, tiny)}, {@code joint (coarse-temporal, tiny)}. */
    String name() {
        String sampling = sampler.equals(RANDOM_MASK) ? "mask " + Format.ratio(maskRatio)
                : maskRatio > 0 ? sampler + " mask " + Format.ratio(maskRatio) : sampler;
        return backbone + " (" + sampling + ", " + preset + ")";
    }

    /** Every trial of this setting, whatever its outcome. */
    List<TrialResult> trials(ResultsTable table) {
        return table.rows().stream().filter(this::matches).toList();
    }

    /** {@code metric} over the seeds of the finished trials (n = 0 if none logged it). */
    Summary recall(ResultsTable table, String metric) {
        return SeedMeans.summary(trials(table).stream().filter(TrialResult::finished).toList(),
                trial -> trial.metric(metric));
    }

    boolean hasRecall(ResultsTable table, String metric) {
        return recall(table, metric).n() > 0;
    }

    /** Peak memory in GB over seeds; an out-of-memory trial counts with the memory it reached (a lower bound). */
    Summary memory(ResultsTable table) {
        return SeedMeans.summary(trials(table).stream().filter(t -> t.finished() || t.outOfMemory()).toList(),
                TrialResult::memoryGigabytes);
    }

    boolean ranOutOfMemory(ResultsTable table) {
        return trials(table).stream().anyMatch(TrialResult::outOfMemory);
    }

    /** The mask ratios at which this backbone, sampler and preset have finished trials that logged {@code metric}. */
    SortedSet<Double> maskRatios(ResultsTable table, String metric) {
        return new TreeSet<>(table.rows().stream()
                .filter(row -> row.ablation() && row.finished() && row.metric(metric).isPresent()
                        && row.backbone().equals(backbone)
                        && row.sampler().equals(sampler) && row.preset().equals(preset))
                .map(TrialResult::maskRatio)
                .toList());
    }

    /** This setting at each high ratio ({@link Thresholds#HIGH_MASK} or more) with {@code metric}, lowest first. */
    List<Setting> highMasks(ResultsTable table, String metric) {
        return maskRatios(table, metric).tailSet(Thresholds.HIGH_MASK).stream().map(this::masked).toList();
    }

    /** This setting against {@code other} on {@code metric}, paired by seed. */
    PairedComparison compare(ResultsTable table, Setting other, String metric) {
        return PairedComparison.of(name(), trials(table), other.name(), other.trials(table), metric);
    }

    private boolean matches(TrialResult trial) {
        return trial.ablation() && trial.backbone().equals(backbone) && trial.sampler().equals(sampler)
                && Math.abs(trial.maskRatio() - maskRatio) < SAME_RATIO && trial.preset().equals(preset);
    }
}
