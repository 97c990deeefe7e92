package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingKeepsJointRecallTest {

    private final MaskingKeepsJointRecall check = new MaskingKeepsJointRecall();

    @Test
    void jointKeepsRecallAtHalfTheMemoryWhileTheOthersLoseIt() {
        // joint: 0.780 -> 0.770 (drop 0.010 <= 0.03), 2.0 GB -> 0.8 GB (2.50x >= 2x);
        // frame-avg 0.700 -> 0.500 (loses 0.200), factorized 0.720 -> 0.600 (loses 0.120)
        Finding finding = check.check(paperLike(0.77));

        assertThat(finding.id()).isEqualTo("F1");
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).startsWith("preset tiny: ")
                .contains("joint R@1 0.780 at mask 0 vs 0.770 at mask 0.75: drop 0.010")
                .contains("joint memory 2.00 GB at mask 0 vs 0.80 GB at mask 0.75: 2.50x lower (needs >= 2.0x)")
                .contains("factorized R@1 0.720 at mask 0 vs 0.600 at mask 0.75: loses 0.120")
                .contains("frame-avg R@1 0.700 at mask 0 vs 0.500 at mask 0.75: loses 0.200");
    }

    @Test
    void jointLosingRecallUnderMaskingRefutesIt() {
        // our calibration at 64 tokens: joint falls from 0.780 to 0.550 at 75 % masking
        Finding finding = check.check(paperLike(0.55));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(finding.evidence()).contains("drop 0.230 (kept means a drop <= 0.03)");
    }

    @Test
    void withoutHighlyMaskedJointItStaysOpen() {
        ResultsTable table = Trial.table(
                Trial.of("joint").t2v(0.78).gigabytes(2.0),
                Trial.of("joint").mask(0.25).t2v(0.77).gigabytes(1.5),
                Trial.of("frame-avg").t2v(0.70),
                Trial.of("frame-avg").mask(0.5).t2v(0.50));

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence())
                .contains("needs joint (random-mask) at mask 0 and at a mask ratio >= 0.5 with t2v_recall_at_1")
                .contains("frame-avg R@1 0.700 at mask 0 vs 0.500 at mask 0.5: loses 0.200");
    }

    @Test
    void recallIsReadAtTheSmallestPresetSoMemoryOnlyRunsDoNotCount() {
        ResultsTable table = Trial.table(
                Trial.of("joint").t2v(0.78).gigabytes(2.0),
                Trial.of("joint").mask(0.75).t2v(0.77).gigabytes(0.8),
                Trial.of("frame-avg").t2v(0.70),
                Trial.of("frame-avg").mask(0.75).t2v(0.50),
                Trial.of("joint").preset("vit-b").t2v(0.10).gigabytes(9),
                Trial.of("joint").preset("vit-b").mask(0.75).t2v(0.01).gigabytes(8));

        assertThat(check.check(table).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.comparisons(table)).hasSize(2)
                .allSatisfy(c -> assertThat(c.leftName()).endsWith("mask 0.75, tiny)"));
    }

    private static ResultsTable paperLike(double maskedJointRecall) {
        return Trial.table(
                Trial.of("joint").t2v(0.78).gigabytes(2.0),
                Trial.of("joint").mask(0.75).t2v(maskedJointRecall).gigabytes(0.8),
                Trial.of("factorized").t2v(0.72).gigabytes(2.4),
                Trial.of("factorized").mask(0.75).t2v(0.60).gigabytes(1.0),
                Trial.of("frame-avg").t2v(0.70).gigabytes(1.9),
                Trial.of("frame-avg").mask(0.75).t2v(0.50).gigabytes(0.9));
    }
}
