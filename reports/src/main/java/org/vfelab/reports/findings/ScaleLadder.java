package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.PairedComparison;
import org.vfelab.reports.stats.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import static org.vfelab.reports.findings.Thresholds.T2V_R1;

/**
 * F1 against tokens per clip: at each rung of a scale ladder (the same task seen at 64 to 512 tokens), how much R@1
 * joint loses at its highest mask ratio, how much memory that saves, how much frame-avg loses, and F1's verdict on
 * that rung's trials alone. Masking can only be cheap when tokens are redundant, so the paper's "about 1 % lost at
 * 75 % masking" is a claim about hundreds or thousands of tokens; the ladder says where, between 64 and the largest
 * rung this machine affords, it starts to hold, or how its effect trends if it never does.
 */
public final class ScaleLadder {

    /**
     * One rung: joint's drop (unmasked minus masked R@1, paired by seed), joint's memory at mask 0 over its memory
     * masked (NaN without both), frame-avg's drop at the same ratio if it ran, and F1 read on this rung.
     */
    public record Rung(int tokens, double maskRatio, PairedComparison jointDrop, double memoryRatio,
                       Optional<PairedComparison> frameAvgDrop, Finding f1) {
    }

    /** The largest drop of R@1 that counts as kept recall (the findings' tolerance), for figures to draw. */
    public static final double KEPT_RECALL_TOLERANCE = Thresholds.RECALL_TOLERANCE;

    private ScaleLadder() {
    }

    /** Whether {@code table} is a ladder: its ablation trials recorded at least two distinct token counts. */
    public static boolean applies(ResultsTable table) {
        return TokenScales.of(table).keySet().stream().filter(tokens -> tokens > 0).count() >= 2;
    }

    /** Each rung where joint ran at mask 0 and at a ratio of at least 0.5, fewest tokens first. */
    public static List<Rung> rungs(ResultsTable table) {
        List<Rung> rungs = new ArrayList<>();
        SortedMap<Integer, Finding> f1 = Findings.byScale(table, MaskingKeepsJointRecall.ID);
        for (Map.Entry<Integer, ResultsTable> scale : TokenScales.of(table).entrySet()) {
            ResultsTable rows = scale.getValue();
            Presets.forRecall(rows).ifPresent(preset -> {
                Setting zero = Setting.unmasked("joint", preset);
                List<Setting> high = zero.highMasks(rows, T2V_R1);
                if (scale.getKey() > 0 && zero.hasRecall(rows, T2V_R1) && !high.isEmpty()) {
                    Setting masked = high.get(high.size() - 1);
                    Setting frameAvg = Setting.unmasked("frame-avg", preset);
                    Optional<PairedComparison> frameAvgDrop = frameAvg.hasRecall(rows, T2V_R1)
                            && frameAvg.masked(masked.maskRatio()).hasRecall(rows, T2V_R1)
                            ? Optional.of(frameAvg.compare(rows, frameAvg.masked(masked.maskRatio()), T2V_R1))
                            : Optional.empty();
                    rungs.add(new Rung(scale.getKey(), masked.maskRatio(), zero.compare(rows, masked, T2V_R1),
                            ratio(zero.memory(rows), masked.memory(rows)), frameAvgDrop, f1.get(scale.getKey())));
                }
            });
        }
        return rungs;
    }

    /**
     * The ladder's answer in one sentence: the smallest rung where F1 holds, or that it is not supported (or lacks
     * evidence) up to the largest rung, with joint's drop at the smallest and largest rungs as the trend.
     */
    public static String conclusion(List<Rung> rungs) {
        if (rungs.isEmpty()) {
            return "No rung has joint at mask 0 and at a mask ratio >= " + Format.ratio(Thresholds.HIGH_MASK)
                    + " with " + T2V_R1 + ".";
        }
        Optional<Rung> holds = rungs.stream().filter(rung -> rung.f1().verdict() == Verdict.SUPPORTED).findFirst();
        Rung first = rungs.get(0);
        Rung last = rungs.get(rungs.size() - 1);
        String trend = "joint's R@1 drop at mask " + Format.ratio(last.maskRatio()) + " goes from "
                + Format.number(first.jointDrop().meanDifference()) + " at " + first.tokens() + " tokens to "
                + Format.number(last.jointDrop().meanDifference()) + " at " + last.tokens() + " tokens (kept means "
                + "a drop <= " + Thresholds.RECALL_TOLERANCE + ")";
        if (holds.isPresent()) {
            return "F1 holds from " + holds.get().tokens() + " tokens per clip; " + trend + ".";
        }
        boolean contradicted = rungs.stream().anyMatch(rung -> rung.f1().verdict() == Verdict.NOT_SUPPORTED);
        return (contradicted ? "F1 is not supported up to " : "Not enough evidence for F1 up to ") + last.tokens()
                + " tokens per clip; " + trend + ".";
    }

    private static double ratio(Summary unmasked, Summary masked) {
        return unmasked.n() == 0 || masked.n() == 0 ? Double.NaN : unmasked.mean() / masked.mean();
    }
}
