package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.PairedComparison;
import org.vfelab.reports.stats.Summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.vfelab.reports.findings.Thresholds.APPEARANCE_T2V_R1;
import static org.vfelab.reports.findings.Thresholds.RECALL_TOLERANCE;
import static org.vfelab.reports.findings.Thresholds.T2V_R1;
import static org.vfelab.reports.findings.Thresholds.TEMPORAL_T2V_R1;

/**
 * F5, input sampling: joint at {@link Presets#forRecall}, means over seeds; the coarse samplers run at mask 0.
 * Parts:
 * <ol>
 *   <li>for each of coarse-temporal, coarse-spatial and tubevit: among random-mask points at ratios of at least
 *       {@link Thresholds#HIGH_MASK} (0.5) using no more peak memory than it, the best {@code t2v_recall_at_1} is
 *       at least its recall minus {@link Thresholds#RECALL_TOLERANCE} (0.03): fine masking matches or dominates it
 *       on the memory/recall plane;</li>
 *   <li>coarse-temporal's R@1 loss against random-mask at 0 is larger on temporal than on appearance captions by
 *       more than the tolerance; coarse-spatial's larger on appearance than on temporal captions likewise;</li>
 *   <li>tubevit's peak memory is above random-mask's at 0.</li>
 * </ol>
 * Unmasked joint must have {@linkplain Learning learned}.
 */
final class FineMaskingBeatsCoarseTubelets extends PaperFinding {

    static final String ID = "F5";
    static final String CLAIM = "High masking with fine tubelets beats coarse temporal, coarse spatial and TubeViT "
            + "on the memory/recall curve; coarse temporal hurts temporal benchmarks most, coarse spatial appearance "
            + "ones; TubeViT costs more memory.";
    private static final List<String> COARSE = List.of("coarse-temporal", "coarse-spatial", "tubevit");

    /** What the paper reports for this finding, with its own numbers where it publishes them. */
    static final String PAPER = "Fig. 4: random masking of fine tubelets dominates coarse temporal, coarse "
            + "spatial and TubeViT on memory vs recall (per-point values not published).";

    FineMaskingBeatsCoarseTubelets() {
        super(ID, PAPER);
    }

    @Override
    public Finding check(ResultsTable table) {
        Optional<String> preset = Presets.forRecall(table);
        if (preset.isEmpty()) {
            return Finding.of(ID, CLAIM, "no preset", List.of(Part.missing(Presets.NO_RECALL_RUNS)));
        }
        Setting fine = Setting.unmasked("joint", preset.get());
        Optional<Part> unlearned = Learning.unlearned(table, List.of(fine), T2V_R1);
        if (unlearned.isPresent()) {
            return Finding.of(ID, CLAIM, "preset " + preset.get() + ", joint", List.of(unlearned.get()));
        }
        List<Part> parts = new ArrayList<>();
        COARSE.forEach(coarse -> parts.add(curve(table, fine.highMasks(table, T2V_R1), fine.sampledBy(coarse))));
        parts.add(captionLoss(table, fine, fine.sampledBy("coarse-temporal"), TEMPORAL_T2V_R1, APPEARANCE_T2V_R1));
        parts.add(captionLoss(table, fine, fine.sampledBy("coarse-spatial"), APPEARANCE_T2V_R1, TEMPORAL_T2V_R1));
        parts.add(tubeMemory(table, fine, fine.sampledBy("tubevit")));
        return Finding.of(ID, CLAIM, "preset " + preset.get() + ", joint", parts);
    }

    @Override
    public List<PairedComparison> comparisons(ResultsTable table) {
        return Presets.forRecall(table).map(preset -> {
            Setting fine = Setting.unmasked("joint", preset);
            return COARSE.stream().flatMap(coarse -> List.of(TEMPORAL_T2V_R1, APPEARANCE_T2V_R1).stream()
                    .map(metric -> fine.compare(table, fine.sampledBy(coarse), metric))).toList();
        }).orElse(List.of());
    }

    private static Part curve(ResultsTable table, List<Setting> highMasks, Setting coarse) {
        Summary coarseMemory = coarse.memory(table);
        if (highMasks.isEmpty() || !coarse.hasRecall(table, T2V_R1) || coarseMemory.n() == 0) {
            return Part.missing("random-mask at a ratio >= " + Format.ratio(Thresholds.HIGH_MASK) + " and "
                    + coarse.sampler() + ", with " + T2V_R1 + " and peak memory");
        }
        Summary coarseRecall = coarse.recall(table, T2V_R1);
        String against = coarse.sampler() + " R@1 " + Format.recall(coarseRecall) + " at "
                + Format.gigabytes(coarseMemory);
        Optional<Setting> best = highMasks.stream()
                .filter(masked -> masked.memory(table).n() > 0
                        && masked.memory(table).mean() <= coarseMemory.mean())
                .max(Comparator.comparingDouble(masked -> masked.recall(table, T2V_R1).mean()));
        if (best.isEmpty()) {
            return Part.judged(false, against + ": no random-mask point at a ratio >= "
                    + Format.ratio(Thresholds.HIGH_MASK) + " uses as little memory");
        }
        Summary bestRecall = best.get().recall(table, T2V_R1);
        return Part.judged(bestRecall.mean() >= coarseRecall.mean() - RECALL_TOLERANCE, against
                + " vs random-mask at mask " + Format.ratio(best.get().maskRatio()) + " R@1 "
                + Format.recall(bestRecall) + " at " + Format.gigabytes(best.get().memory(table))
                + " (needs R@1 at least " + RECALL_TOLERANCE + " short of it or better at no more memory)");
    }

    /** {@code coarse} loses more against {@code fine} on {@code hurt} captions than on {@code spared} ones. */
    private static Part captionLoss(ResultsTable table, Setting fine, Setting coarse, String hurt, String spared) {
        if (!fine.hasRecall(table, hurt) || !fine.hasRecall(table, spared) || !coarse.hasRecall(table, hurt)
                || !coarse.hasRecall(table, spared)) {
            return Part.missing("random-mask at mask 0 and " + coarse.sampler() + " with " + hurt + " and " + spared);
        }
        double hurtLoss = fine.recall(table, hurt).mean() - coarse.recall(table, hurt).mean();
        double sparedLoss = fine.recall(table, spared).mean() - coarse.recall(table, spared).mean();
        return Part.judged(hurtLoss - sparedLoss > RECALL_TOLERANCE, coarse.sampler() + " loses "
                + Format.number(hurtLoss) + " on " + hurt + " and " + Format.number(sparedLoss) + " on " + spared
                + " against random-mask at mask 0 (needs the first larger by > " + RECALL_TOLERANCE + ")");
    }

    private static Part tubeMemory(ResultsTable table, Setting fine, Setting tubes) {
        Summary fineMemory = fine.memory(table);
        Summary tubeMemory = tubes.memory(table);
        if (fineMemory.n() == 0 || tubeMemory.n() == 0) {
            return Part.missing("the peak memory of random-mask at mask 0 and of tubevit");
        }
        return Part.judged(tubeMemory.mean() > fineMemory.mean(), "tubevit memory " + Format.gigabytes(tubeMemory)
                + " vs random-mask at mask 0 " + Format.gigabytes(fineMemory) + " (needs more)");
    }
}
