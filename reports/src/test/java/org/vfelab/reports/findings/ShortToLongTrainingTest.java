package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.LongVideoRuns;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.PairedComparison;

import static org.assertj.core.api.Assertions.assertThat;

/** F6 read from hand-made long-video tables: seeds 7, 8, 9 of IMAGE-ViT, SHORT-ViViT and LONG-ViViT. */
class ShortToLongTrainingTest {

    private static final double[][] T2V = {{0.20, 0.22, 0.24}, {0.30, 0.32, 0.34}, {0.50, 0.55, 0.60}};
    private static final double[][] ROUGE_L = {{0.30, 0.31, 0.32}, {0.40, 0.42, 0.41}, {0.50, 0.53, 0.52}};

    private final ShortToLongTraining check = new ShortToLongTraining();

    @Test
    void longBeatsShortAndTheFrameLevelModelTrailsBoth() {
        Finding finding = check.check(LongVideoRuns.chain(T2V, ROUGE_L));

        assertThat(finding.id()).isEqualTo("F6");
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        // T2V differences 0.20, 0.23, 0.26: mean 0.23, sd 0.03, t = 0.23 / (0.03 / sqrt 3) = 13.28, df 2,
        // p = 1 - t / sqrt(t^2 + 2) = 0.0056. Rouge-L differences 0.10, 0.11, 0.11: t = 32.00, p = 0.0010.
        assertThat(finding.evidence()).startsWith("long-video chain, finished trials: ")
                .contains("LONG-ViViT on long clips 0.550 vs SHORT-ViViT on long clips 0.320 on t2v_recall_at_1: "
                        + "+0.230, paired t-test over 3 seeds: t = 13.28, p = 0.0056 (a win needs a positive "
                        + "difference at p < 0.05)")
                .contains("LONG-ViViT video-to-text 0.517 vs SHORT-ViViT video-to-text 0.410 on rouge_l: +0.107, "
                        + "paired t-test over 3 seeds: t = 32.00, p = 0.0010")
                // SHORT - IMAGE on T2V is 0.10 on every seed: no t-test, the difference of means decides.
                .contains("long-clip T2V R@1: SHORT-ViViT 0.320 ± 0.050 vs IMAGE-ViT 0.220 ± 0.050: +0.100 "
                        + "(no paired t-test possible, a win needs more than +0.03)")
                .contains("SHORT-ViViT video-to-text 0.410 vs IMAGE-ViT video-to-text 0.310 on rouge_l: +0.100, "
                        + "paired t-test over 3 seeds: t = 17.32, p = 0.0033");
        assertThat(check.comparisons(LongVideoRuns.chain(T2V, ROUGE_L)))
                .extracting(c -> c.leftName() + " > " + c.rightName() + " " + c.metric() + " " + c.pairs())
                .containsExactly(
                        "LONG-ViViT on long clips > SHORT-ViViT on long clips t2v_recall_at_1 3",
                        "LONG-ViViT video-to-text > SHORT-ViViT video-to-text rouge_l 3",
                        "SHORT-ViViT on long clips > IMAGE-ViT on long clips t2v_recall_at_1 3",
                        "SHORT-ViViT video-to-text > IMAGE-ViT video-to-text rouge_l 3",
                        "LONG-ViViT on long clips > IMAGE-ViT on long clips t2v_recall_at_1 3",
                        "LONG-ViViT video-to-text > IMAGE-ViT video-to-text rouge_l 3");
    }

    @Test
    void shortCaptioningBetterThanLongIsNotSupported() {
        // LONG-ViViT Rouge-L 0.38, 0.40, 0.37 against SHORT-ViViT's 0.40, 0.42, 0.41: -0.027, t = -4.00, p = 0.0572.
        double[][] rouge = {ROUGE_L[0], ROUGE_L[1], {0.38, 0.40, 0.37}};

        Finding finding = check.check(LongVideoRuns.chain(T2V, rouge));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(finding.evidence()).contains("LONG-ViViT video-to-text 0.383 vs SHORT-ViViT video-to-text 0.410 "
                + "on rouge_l: -0.027, paired t-test over 3 seeds: t = -4.00, p = 0.0572");
    }

    @Test
    void aLeadThatIsNotYetSignificantAsksForMoreSeeds() {
        // LONG-ViViT Rouge-L 0.41, 0.44, 0.41 against SHORT-ViViT's 0.40, 0.42, 0.41: +0.010, t = 1.73, p = 0.2254.
        double[][] rouge = {ROUGE_L[0], ROUGE_L[1], {0.41, 0.44, 0.41}};

        Finding finding = check.check(LongVideoRuns.chain(T2V, rouge));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence()).contains("more seeds to settle LONG-ViViT video-to-text 0.420 vs SHORT-ViViT "
                + "video-to-text 0.410 on rouge_l: +0.010");
    }

    @Test
    void aFrameLevelModelAheadOnLongClipsIsNotSupportedEvenWithAStageMissing() {
        double[][] t2v = {{0.60, 0.63, 0.64}, T2V[1], T2V[2]};
        ResultsTable table = LongVideoRuns.without(LongVideoRuns.chain(t2v, ROUGE_L), "SHORT-ViViT video-to-text");

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(finding.evidence()).contains("needs LONG-ViViT and SHORT-ViViT with Rouge-L (rouge_l)")
                .contains("SHORT-ViViT on long clips 0.320 vs IMAGE-ViT on long clips 0.623 on t2v_recall_at_1: "
                        + "-0.303");
    }

    @Test
    void aVideoToTextStageThatRanOutOfMemoryLeavesItOpen() {
        ResultsTable table = LongVideoRuns.failed(LongVideoRuns.chain(T2V, ROUGE_L), "LONG-ViViT video-to-text", "oom");

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence()).contains("needs LONG-ViViT and SHORT-ViViT with Rouge-L (rouge_l)",
                "needs LONG-ViViT and IMAGE-ViT with Rouge-L (rouge_l)").contains("+0.230");
    }

    @Test
    void oneSeedFallsBackToTheDifferenceOfMeans() {
        double[][] t2v = {{0.20}, {0.30}, {0.32}};
        double[][] rouge = {{0.30}, {0.40}, {0.50}};

        Finding finding = check.check(LongVideoRuns.chain(t2v, rouge));

        // LONG over SHORT on T2V by 0.02 only: within the 0.03 tolerance, not a win.
        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(finding.evidence()).contains("long-clip T2V R@1: LONG-ViViT 0.320 vs SHORT-ViViT 0.300: +0.020 "
                + "(no paired t-test possible, a win needs more than +0.03)")
                .contains("Rouge-L: LONG-ViViT 0.500 vs SHORT-ViViT 0.400: +0.100");
        assertThat(check.comparisons(LongVideoRuns.chain(t2v, rouge)))
                .allMatch(c -> c.status() == PairedComparison.Status.TOO_FEW_PAIRS);
    }

    @Test
    void withoutLongVideoRunsItSaysWhichRunsItNeeds() {
        Finding finding = check.check(Trial.table(Trial.of("joint").label("joint mask 0.75").t2v(0.7)));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence()).isEqualTo("no long-video runs: needs " + ShortToLongTraining.NEEDED);
    }
}
