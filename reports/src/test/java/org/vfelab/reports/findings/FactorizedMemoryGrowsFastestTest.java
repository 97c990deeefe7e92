package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;

import static org.assertj.core.api.Assertions.assertThat;

class FactorizedMemoryGrowsFastestTest {

    private final FactorizedMemoryGrowsFastest check = new FactorizedMemoryGrowsFastest();

    @Test
    void factorizedGrowsMostAndJointLikeFrameLevelBetweenTheTwoLargestPresets() {
        // joint 2.0 -> 4.0 GB (+100.0 %), factorized 2.5 -> at least 6.0 GB (+140.0 %, out of memory),
        // frame-avg 1.8 -> 3.5 GB (+94.4 %); the tiny joint run is not one of the two largest presets
        ResultsTable table = table(Trial.of("factorized").preset("vit-l").oom().gigabytes(6.0));

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).startsWith("from vit-b to vit-l, memory grows joint +100.0 %, "
                        + "factorized +140.0 % (out of memory: at least), frame-avg +94.4 %: ")
                .contains("factorized grows +40.0 points more than joint (needs > 10.0)")
                .contains("joint grows +5.6 points against frame-avg (alike means within 10.0)");
    }

    @Test
    void factorizedGrowingLikeJointRefutesIt() {
        Finding finding = check.check(table(Trial.of("factorized").preset("vit-l").gigabytes(5.0)));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(finding.evidence()).contains("factorized +100.0 %")
                .contains("factorized grows +0.0 points more than joint (needs > 10.0)");
    }

    @Test
    void aBackboneMissingAtOnePresetLeavesItOpen() {
        ResultsTable table = Trial.table(
                Trial.of("joint").preset("vit-b").gigabytes(2.0),
                Trial.of("joint").preset("vit-l").gigabytes(4.0),
                Trial.of("factorized").preset("vit-b").gigabytes(2.5),
                Trial.of("factorized").preset("vit-l").gigabytes(6.0),
                Trial.of("frame-avg").preset("vit-b").gigabytes(1.8));

        Finding finding = check.check(table);

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence()).isEqualTo("from vit-b to vit-l: needs the peak memory of frame-avg (mask 0) "
                + "at both vit-b and vit-l");
    }

    private static ResultsTable table(Trial largeFactorized) {
        return Trial.table(
                Trial.of("joint").gigabytes(0.1),
                Trial.of("joint").preset("vit-b").gigabytes(2.0),
                Trial.of("joint").preset("vit-l").gigabytes(4.0),
                Trial.of("joint").preset("vit-l").mask(0.75).gigabytes(1.0),
                Trial.of("factorized").preset("vit-b").gigabytes(2.5),
                largeFactorized,
                Trial.of("frame-avg").preset("vit-b").gigabytes(1.8),
                Trial.of("frame-avg").preset("vit-l").gigabytes(3.5));
    }
}
