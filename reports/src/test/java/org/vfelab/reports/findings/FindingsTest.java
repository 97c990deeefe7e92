package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.LongVideoRuns;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.PairedComparison;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FindingsTest {

    @Test
    void anEmptyTableLeavesEveryFindingOpenInOrder() {
        assertThat(Findings.check(new ResultsTable(List.of())))
                .extracting(Finding::id, Finding::verdict)
                .containsExactly(
                        tuple("F1", Verdict.NOT_ENOUGH_EVIDENCE),
                        tuple("F2", Verdict.NOT_ENOUGH_EVIDENCE),
                        tuple("F3", Verdict.NOT_ENOUGH_EVIDENCE),
                        tuple("F4", Verdict.NOT_ENOUGH_EVIDENCE),
                        tuple("F5", Verdict.NOT_ENOUGH_EVIDENCE),
                        tuple("F6", Verdict.NOT_ENOUGH_EVIDENCE));
    }

    @Test
    void theLongVideoChainFeedsF6OnlyThoughItHasJointTrialsAtMask0And75() {
        // SHORT-ViViT is joint at mask 0 (R@1 0.9 on short clips), LONG-ViViT joint at 0.75 (0.55 on long clips):
        // read as an F1 pair they would say masking costs 0.35 R@1.
        ResultsTable chain = LongVideoRuns.chain(new double[][] {{0.20, 0.22, 0.24}, {0.30, 0.32, 0.34},
            {0.50, 0.55, 0.60}}, new double[][] {{0.30, 0.31, 0.32}, {0.40, 0.42, 0.41}, {0.50, 0.53, 0.52}});

        assertThat(Findings.check(chain)).extracting(Finding::id, Finding::verdict).containsExactly(
                tuple("F1", Verdict.NOT_ENOUGH_EVIDENCE),
                tuple("F2", Verdict.NOT_ENOUGH_EVIDENCE),
                tuple("F3", Verdict.NOT_ENOUGH_EVIDENCE),
                tuple("F4", Verdict.NOT_ENOUGH_EVIDENCE),
                tuple("F5", Verdict.NOT_ENOUGH_EVIDENCE),
                tuple("F6", Verdict.SUPPORTED));
        assertThat(Findings.check(chain).get(0).evidence()).startsWith("no preset");
        assertThat(Findings.comparisons(chain)).hasSize(6)
                .allSatisfy(comparison -> assertThat(comparison.leftName()).contains("ViT"));
    }

    @Test
    void comparisonsAreThoseWithASeedInBoth() {
        ResultsTable table = Trial.table(
                Trial.of("joint").seed(7).t2v(0.78).temporal(0.72),
                Trial.of("joint").seed(8).t2v(0.76).temporal(0.74),
                Trial.of("joint").mask(0.75).seed(7).t2v(0.60),
                Trial.of("joint").mask(0.75).seed(8).t2v(0.56),
                Trial.of("frame-avg").seed(7).t2v(0.55).temporal(0.26),
                Trial.of("frame-avg").seed(9).t2v(0.54).temporal(0.29));

        assertThat(Findings.comparisons(table)).extracting(PairedComparison::render).containsExactly(
                // differences 0.18 and 0.20: mean 0.19, sd 0.014142, t = 0.19 / 0.01 = 19.00, df 1,
                // p = 1 - 2 atan(19) / pi = 0.033469
                "joint (mask 0.75, tiny) 0.580 vs joint (mask 0, tiny) 0.770 on t2v_recall_at_1: -0.190, "
                        + "paired t-test over 2 seeds: t = -19.00, p = 0.0335",
                "joint (mask 0, tiny) 0.720 vs frame-avg (mask 0, tiny) 0.260 on temporal/t2v_recall_at_1: +0.460, "
                        + "1 seed in both, no paired test (needs at least 2 seeds in both)");
    }

    @Test
    void aLadderIsJudgedPerScaleAndReportedAtTheLargestScaleWithEvidence() {
        ResultsTable ladder = Trial.table(
                Trial.of("joint").clips(64, 256).seed(7).t2v(0.65).gigabytes(0.10),
                Trial.of("joint").clips(64, 256).mask(0.75).seed(7).t2v(0.15).gigabytes(0.05),
                Trial.of("joint").clips(512, 256).seed(7).t2v(0.74).gigabytes(2.40),
                Trial.of("joint").clips(512, 256).mask(0.75).seed(7).t2v(0.72).gigabytes(0.42),
                Trial.of("frame-avg").clips(512, 256).seed(7).t2v(0.60),
                Trial.of("frame-avg").clips(512, 256).mask(0.75).seed(7).t2v(0.40));

        assertThat(Findings.byScale(ladder, "F1")).hasSize(2)
                .hasEntrySatisfying(64, f1 -> assertThat(f1.verdict()).isEqualTo(Verdict.NOT_SUPPORTED))
                .hasEntrySatisfying(512, f1 -> assertThat(f1.verdict()).isEqualTo(Verdict.SUPPORTED));
        Finding reported = Findings.check(ladder).get(0);
        assertThat(reported.tokens()).isEqualTo(512);
        assertThat(reported.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(reported.evidence()).startsWith("at 512 tokens per clip, preset tiny: joint R@1 0.740 at mask 0");
    }

    @Test
    void theHeadlineOfF1IsJointsDropAtItsHighestMaskWithItsInterval() {
        ResultsTable table = Trial.table(
                Trial.of("joint").seed(7).t2v(0.70), Trial.of("joint").seed(8).t2v(0.72),
                Trial.of("joint").seed(9).t2v(0.74),
                Trial.of("joint").mask(0.5).seed(7).t2v(0.69), Trial.of("joint").mask(0.5).seed(8).t2v(0.70),
                Trial.of("joint").mask(0.75).seed(7).t2v(0.60), Trial.of("joint").mask(0.75).seed(8).t2v(0.60),
                Trial.of("joint").mask(0.75).seed(9).t2v(0.61));

        PairedComparison headline = Findings.headline(table, "F1").orElseThrow();

        // differences -0.10, -0.12, -0.13: mean -0.11667, sd 0.015275, t(2) 97.5 % = 4.302653,
        // half-width 4.302653 * 0.015275 / sqrt(3) = 0.037946
        assertThat(headline.leftName()).isEqualTo("joint (mask 0.75, tiny)");
        assertThat(headline.differenceWithInterval()).isEqualTo("-0.117 ± 0.038");
        assertThat(Findings.headline(table, "F4")).isEmpty();
    }
}
