package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ClipScale;
import org.vfelab.reports.results.ResultsTable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScaleLadderTest {

    /**
     * Two rungs, two seeds each. At 64 tokens joint drops 0.50 and 0.52 (mean 0.51), at 512 0.02 and 0.03 (mean 0.025,
     * within the 0.03 tolerance) while memory falls 2.4 / 0.4 = 6x; frame-avg drops 0.20 at 512 on both seeds.
     */
    private static ResultsTable ladder() {
        List<Trial> trials = new ArrayList<>();
        trials.add(Trial.of("joint").clips(64, 256).seed(7).t2v(0.65).gigabytes(0.10));
        trials.add(Trial.of("joint").clips(64, 256).seed(8).t2v(0.66).gigabytes(0.10));
        trials.add(Trial.of("joint").clips(64, 256).mask(0.75).seed(7).t2v(0.15).gigabytes(0.05));
        trials.add(Trial.of("joint").clips(64, 256).mask(0.75).seed(8).t2v(0.14).gigabytes(0.05));
        trials.add(Trial.of("joint").clips(512, 256).seed(7).t2v(0.74).gigabytes(2.4));
        trials.add(Trial.of("joint").clips(512, 256).seed(8).t2v(0.75).gigabytes(2.4));
        trials.add(Trial.of("joint").clips(512, 256).mask(0.75).seed(7).t2v(0.72).gigabytes(0.4));
        trials.add(Trial.of("joint").clips(512, 256).mask(0.75).seed(8).t2v(0.72).gigabytes(0.4));
        trials.add(Trial.of("frame-avg").clips(512, 256).seed(7).t2v(0.60));
        trials.add(Trial.of("frame-avg").clips(512, 256).seed(8).t2v(0.61));
        trials.add(Trial.of("frame-avg").clips(512, 256).mask(0.75).seed(7).t2v(0.40));
        trials.add(Trial.of("frame-avg").clips(512, 256).mask(0.75).seed(8).t2v(0.41));
        return Trial.table(trials.toArray(Trial[]::new));
    }

    @Test
    void eachRungHasJointsPairedDropItsMemorySavingAndF1OnItsOwnTrials() {
        List<ScaleLadder.Rung> rungs = ScaleLadder.rungs(ladder());

        assertThat(rungs).extracting(ScaleLadder.Rung::tokens).containsExactly(64, 512);
        ScaleLadder.Rung small = rungs.get(0);
        assertThat(small.jointDrop().meanDifference()).isCloseTo(0.51, within(1e-9));
        assertThat(small.memoryRatio()).isCloseTo(2.0, within(1e-9));
        assertThat(small.frameAvgDrop()).isEmpty();
        assertThat(small.f1().verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        ScaleLadder.Rung large = rungs.get(1);
        assertThat(large.jointDrop().meanDifference()).isCloseTo(0.025, within(1e-9));
        assertThat(large.memoryRatio()).isCloseTo(6.0, within(1e-9));
        assertThat(large.frameAvgDrop().orElseThrow().meanDifference()).isCloseTo(0.20, within(1e-9));
        assertThat(large.f1().verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(ScaleLadder.conclusion(rungs)).isEqualTo("F1 holds from 512 tokens per clip; joint's R@1 drop "
                + "at mask 0.75 goes from 0.510 at 64 tokens to 0.025 at 512 tokens (kept means a drop <= 0.03).");
    }

    @Test
    void aLadderWhereF1NeverHoldsSaysUpToWhichScaleItWasTested() {
        ResultsTable withoutTheLargeRung = new ResultsTable(ladder().rows().stream()
                .filter(row -> row.clips().tokens() == 64).toList());
        ResultsTable twoSmallRungs = new ResultsTable(Stream.concat(withoutTheLargeRung.rows().stream(),
                withoutTheLargeRung.rows().stream().map(row -> row.withClips(new ClipScale(128, 256)))).toList());

        assertThat(ScaleLadder.applies(withoutTheLargeRung)).isFalse();
        assertThat(ScaleLadder.applies(twoSmallRungs)).isTrue();
        assertThat(ScaleLadder.conclusion(ScaleLadder.rungs(twoSmallRungs))).startsWith(
                "F1 is not supported up to 128 tokens per clip; joint's R@1 drop at mask 0.75 goes from 0.510 at 64");
    }
}
