package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JointWinsOnTemporalCaptionsTest {

    private final JointWinsOnTemporalCaptions check = new JointWinsOnTemporalCaptions();

    @Test
    void jointWinsSignificantlyOnTemporalCaptionsAndTiesOnAppearance() {
        // temporal differences 0.46, 0.45, 0.46: t = 137.0, p < 0.0001; appearance 0.780 vs 0.810: -0.030
        ResultsTable table = table(new double[] {0.72, 0.74, 0.73}, new double[] {0.26, 0.29, 0.27},
                new double[] {0.78, 0.79, 0.77}, new double[] {0.80, 0.82, 0.81}, true);

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence())
                .contains("joint (mask 0, tiny) 0.730 vs frame-avg (mask 0, tiny) 0.273 on temporal/t2v_recall_at_1: "
                        + "+0.457, paired t-test over 3 seeds: t = 137.00, p < 0.0001")
                .contains("appearance captions: joint 0.780 ± 0.025 vs frame-avg 0.810 ± 0.025: -0.030")
                .contains("frame-attnpool R@1 0.550 ± 0.000 vs frame-avg 0.540 ± 0.000: +0.010");
    }

    @Test
    void oneSeedFallsBackToTheDifferenceOfMeans() {
        ResultsTable table = table(new double[] {0.72}, new double[] {0.27}, new double[] {0.78},
                new double[] {0.80}, true);

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).contains("temporal captions: joint 0.720 vs frame-avg 0.270: +0.450 "
                + "(no paired t-test possible, a win needs more than +0.03)");
    }

    @Test
    void aNoisyWinIsNotSignificantAndAnAppearanceGapIsNotClose() {
        // temporal differences 0.22, -0.02, 0.18: mean 0.1267, sd 0.12858, t = 1.706, p = 1 - t / sqrt(t^2 + 2)
        // = 0.2301; appearance 0.780 vs 0.850 (our calibration: frame-avg is the better appearance model)
        ResultsTable table = table(new double[] {0.50, 0.30, 0.45}, new double[] {0.28, 0.32, 0.27},
                new double[] {0.78, 0.78, 0.78}, new double[] {0.85, 0.85, 0.85}, true);

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(finding.evidence()).contains("+0.127, paired t-test over 3 seeds: t = 1.71, p = 0.2301")
                .contains("-0.070 (close means within 0.05)");
    }

    @Test
    void withoutAttentionPoolingItStaysOpen() {
        ResultsTable table = table(new double[] {0.72, 0.74, 0.73}, new double[] {0.26, 0.29, 0.27},
                new double[] {0.78, 0.79, 0.77}, new double[] {0.80, 0.82, 0.81}, false);

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence()).contains("+0.457")
                .contains("needs frame-attnpool and frame-avg at mask 0 with t2v_recall_at_1");
        assertThat(check.comparisons(table)).extracting(c -> c.metric() + " " + c.pairs())
                .containsExactly("temporal/t2v_recall_at_1 3", "appearance/t2v_recall_at_1 3", "t2v_recall_at_1 0");
    }

    @Test
    void theAppearanceGapSaysHowManyTokensEachSawWhenTheyDiffer() {
        List<Trial> trials = new ArrayList<>();
        for (long seed = 7; seed <= 9; seed++) {
            trials.add(Trial.of("joint").seed(seed).temporal(0.77).appearance(0.60)
                    .metric("tokens_per_clip", 256));
            trials.add(Trial.of("frame-avg").seed(seed).temporal(0.22).appearance(0.745 + (seed - 8) * 0.01)
                    .metric("tokens_per_clip", 512).t2v(0.48));
            trials.add(Trial.of("frame-attnpool").seed(seed).t2v(0.46));
        }

        Finding finding = check.check(Trial.table(trials.toArray(Trial[]::new)));

        assertThat(finding.evidence()).contains("appearance captions: joint 0.600 ± 0.000 vs frame-avg 0.745 ± 0.025: "
                + "-0.145 (close means within 0.05); frame-avg embedded 512 tokens a clip, joint 256");
        assertThat(check.check(table(new double[] {0.72, 0.74, 0.73}, new double[] {0.26, 0.29, 0.27},
                new double[] {0.78, 0.79, 0.77}, new double[] {0.80, 0.82, 0.81}, true)).evidence())
                .as("runs that did not log it").doesNotContain("embedded");
    }

    /** Seeds 7, 8, ... of joint and frame-avg with these caption recalls; frame-avg t2v 0.54, attnpool 0.55. */
    private static ResultsTable table(double[] jointTemporal, double[] avgTemporal, double[] jointAppearance,
                                      double[] avgAppearance, boolean withAttnPool) {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < jointTemporal.length; i++) {
            long seed = 7 + i;
            trials.add(Trial.of("joint").seed(seed).temporal(jointTemporal[i]).appearance(jointAppearance[i]));
            trials.add(Trial.of("frame-avg").seed(seed).temporal(avgTemporal[i]).appearance(avgAppearance[i])
                    .t2v(0.54));
            if (withAttnPool) {
                trials.add(Trial.of("frame-attnpool").seed(seed).t2v(0.55));
            }
        }
        return Trial.table(trials.toArray(Trial[]::new));
    }
}
