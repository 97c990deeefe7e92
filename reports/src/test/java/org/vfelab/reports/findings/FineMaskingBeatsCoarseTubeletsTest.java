package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FineMaskingBeatsCoarseTubeletsTest {

    private final FineMaskingBeatsCoarseTubelets check = new FineMaskingBeatsCoarseTubelets();

    @Test
    void fineMaskingDominatesAndEachCoarseSamplerHurtsItsOwnCaptions() {
        Finding finding = check.check(table(0.8, true));

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).startsWith("preset tiny, joint: ")
                // coarse-temporal 0.600 at 1.00 GB: mask 0.75 reaches 0.600 at 0.70 GB
                .contains("coarse-temporal R@1 0.600 at 1.00 GB vs random-mask at mask 0.75 R@1 0.600 at 0.70 GB")
                // tubevit 0.720 at 2.50 GB: mask 0.5 (better than 0.75) reaches 0.700 >= 0.720 - 0.03
                .contains("tubevit R@1 0.720 at 2.50 GB vs random-mask at mask 0.5 R@1 0.700 at 1.20 GB")
                // temporal 0.730 - 0.450 = 0.280, appearance 0.800 - 0.780 = 0.020
                .contains("coarse-temporal loses 0.280 on temporal/t2v_recall_at_1 and 0.020 on "
                        + "appearance/t2v_recall_at_1")
                // appearance 0.800 - 0.450 = 0.350, temporal 0.730 - 0.650 = 0.080
                .contains("coarse-spatial loses 0.350 on appearance/t2v_recall_at_1 and 0.080 on "
                        + "temporal/t2v_recall_at_1")
                .contains("tubevit memory 2.50 GB vs random-mask at mask 0 2.00 GB (needs more)");
    }

    @Test
    void aCoarseSamplerCheaperThanEveryHighMaskRefutesIt() {
        Finding finding = check.check(table(0.6, true));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(finding.evidence()).contains("coarse-spatial R@1 0.550 at 0.60 GB: no random-mask point at a "
                + "ratio >= 0.5 uses as little memory");
    }

    @Test
    void withoutTubeVitItStaysOpen() {
        ResultsTable table = table(0.8, false);

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence())
                .contains("needs random-mask at a ratio >= 0.5 and tubevit, with t2v_recall_at_1 and peak memory")
                .contains("needs the peak memory of random-mask at mask 0 and of tubevit");
        assertThat(check.comparisons(table)).extracting(c -> c.rightName() + " " + c.pairs()).contains(
                "joint (coarse-temporal, tiny) 1", "joint (tubevit, tiny) 0");
    }

    private static ResultsTable table(double coarseSpatialMemory, boolean withTubeVit) {
        List<Trial> trials = new ArrayList<>(List.of(
                Trial.of("joint").t2v(0.78).temporal(0.73).appearance(0.80).gigabytes(2.0),
                Trial.of("joint").mask(0.5).t2v(0.70).gigabytes(1.2),
                Trial.of("joint").mask(0.75).t2v(0.60).gigabytes(0.7),
                Trial.of("joint").sampler("coarse-temporal").t2v(0.60).temporal(0.45).appearance(0.78).gigabytes(1.0),
                Trial.of("joint").sampler("coarse-spatial").t2v(0.55).temporal(0.65).appearance(0.45)
                        .gigabytes(coarseSpatialMemory)));
        if (withTubeVit) {
            trials.add(Trial.of("joint").sampler("tubevit").t2v(0.72).temporal(0.70).appearance(0.74).gigabytes(2.5));
        }
        return Trial.table(trials.toArray(Trial[]::new));
    }
}
