package org.vfelab.reports.stats;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.TrialResult;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairedComparisonTest {

    private static final String METRIC = "temporal/t2v_recall_at_1";

    @Test
    void threeSeedsGiveThePairedTTest() {
        // differences 0.1, 0.2, 0.3: mean 0.2, sd 0.1, t = 0.2 / (0.1 / sqrt 3) = 3.464102, df 2;
        // two-sided p = 1 - t / sqrt(t^2 + 2) = 1 - 3.464102 / sqrt(14) = 0.074180
        PairedComparison c = PairedComparison.of("joint", List.of(trial(1, 0.6), trial(2, 0.7), trial(3, 0.8)),
                "frame-avg", List.of(trial(1, 0.5), trial(2, 0.5), trial(3, 0.5)), METRIC);

        assertThat(c.status()).isEqualTo(PairedComparison.Status.TESTED);
        assertThat(c.pairs()).isEqualTo(3);
        assertThat(c.leftMean()).isCloseTo(0.7, within(1e-12));
        assertThat(c.rightMean()).isCloseTo(0.5, within(1e-12));
        assertThat(c.meanDifference()).isCloseTo(0.2, within(1e-12));
        assertThat(c.t()).isCloseTo(3.464102, within(1e-6));
        assertThat(c.p()).isCloseTo(0.074180, within(1e-6));
        assertThat(c.significant(0.10)).isTrue();
        assertThat(c.significant(0.05)).isFalse();
        assertThat(c.render()).isEqualTo("joint 0.700 vs frame-avg 0.500 on temporal/t2v_recall_at_1: +0.200, "
                + "paired t-test over 3 seeds: t = 3.46, p = 0.0742");
    }

    @Test
    void seedsOnOneSideOnlyAndUnfinishedTrialsAreDroppedAndRepeatedSeedsAveraged() {
        // left: seed 1 twice (0.5 and 0.7, mean 0.6), seed 2, seed 9 only on the left;
        // right: seed 2 ran out of memory, so only seed 1 pairs
        PairedComparison c = PairedComparison.of("a",
                List.of(trial(1, 0.5), trial(1, 0.7), trial(2, 0.9), trial(9, 0.1)),
                "b", List.of(trial(1, 0.4), oom(2)), METRIC);

        assertThat(c.pairs()).isEqualTo(1);
        assertThat(c.leftMean()).isCloseTo(0.6, within(1e-12));
        assertThat(c.rightMean()).isCloseTo(0.4, within(1e-12));
        assertThat(c.status()).isEqualTo(PairedComparison.Status.TOO_FEW_PAIRS);
        assertThat(c.p()).isNaN();
        assertThat(c.significant(0.05)).isFalse();
        assertThat(c.render()).isEqualTo("a 0.600 vs b 0.400 on temporal/t2v_recall_at_1: +0.200, 1 seed in both, "
                + "no paired test (needs at least 2 seeds in both)");
    }

    @Test
    void noSeedInBothSaysSo() {
        PairedComparison c = PairedComparison.of("a", List.of(trial(1, 0.5)), "b", List.of(trial(2, 0.4)), METRIC);

        assertThat(c.pairs()).isZero();
        assertThat(c.leftMean()).isNaN();
        assertThat(c.render()).isEqualTo("a vs b on temporal/t2v_recall_at_1: no seed in both, no paired test "
                + "(needs at least 2 seeds in both)");
    }

    @Test
    void equalDifferencesAreReportedNotTested() {
        // 0.6 - 0.5, 0.7 - 0.6 and 0.8 - 0.7 differ only by rounding (about 1e-16): zero variance, no t-test
        PairedComparison c = PairedComparison.of("a", List.of(trial(1, 0.6), trial(2, 0.7), trial(3, 0.8)),
                "b", List.of(trial(1, 0.5), trial(2, 0.6), trial(3, 0.7)), METRIC);
        PairedComparison same = PairedComparison.of("a", List.of(trial(1, 0.6), trial(2, 0.7)),
                "b", List.of(trial(1, 0.6), trial(2, 0.7)), METRIC);

        assertThat(c.status()).isEqualTo(PairedComparison.Status.CONSTANT_DIFFERENCE);
        assertThat(c.t()).isNaN();
        assertThat(c.significant(0.05)).isFalse();
        assertThat(c.render()).isEqualTo("a 0.700 vs b 0.600 on temporal/t2v_recall_at_1: +0.100 on each of 3 seeds, "
                + "no paired t-test (the differences have zero variance)");
        assertThat(same.status()).isEqualTo(PairedComparison.Status.CONSTANT_DIFFERENCE);
        assertThat(same.meanDifference()).isZero();
    }

    @Test
    void aTinyPValueIsBoundedNotRoundedToZero() {
        // differences 0.46, 0.45, 0.46: t = 137.0, p = 1 - t / sqrt(t^2 + 2) = 5.3e-5
        PairedComparison c = PairedComparison.of("a", List.of(trial(1, 0.72), trial(2, 0.74), trial(3, 0.73)),
                "b", List.of(trial(1, 0.26), trial(2, 0.29), trial(3, 0.27)), METRIC);

        assertThat(c.t()).isCloseTo(137.0, within(0.01));
        assertThat(c.p()).isCloseTo(5.33e-5, within(0.01e-5));
        assertThat(c.render()).endsWith("t = 137.00, p < 0.0001");
    }

    private static TrialResult trial(long seed, double value) {
        return new TrialResult("r" + seed, "s", "a", "a", seed, "finished", "joint", "random-mask", 0, "tiny", "k",
                Map.of(METRIC, value));
    }

    private static TrialResult oom(long seed) {
        return new TrialResult("r" + seed, "s", "a", "a", seed, "oom", "joint", "random-mask", 0, "tiny", "k",
                Map.of(METRIC, 0.9));
    }
}
