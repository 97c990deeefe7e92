package org.vfelab.core.train;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vfelab.spec.LrSchedule;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScheduleAndTargetsTest {

    @Test
    void warmsUpLinearlyThenDecaysAlongACosineToZero() {
        WarmupCosineSchedule schedule = new WarmupCosineSchedule(1.0, 4, 14, LrSchedule.COSINE);
        assertThat(schedule.valueAt(0, 0)).isCloseTo(0.25, within(1e-12));
        assertThat(schedule.valueAt(3, 0)).isCloseTo(1.0, within(1e-12));
        assertThat(schedule.valueAt(4, 0)).isCloseTo(1.0, within(1e-12));
        assertThat(schedule.valueAt(9, 0)).isCloseTo(0.5, within(1e-12));   // half way through the decay
        assertThat(schedule.valueAt(14, 0)).isCloseTo(0.0, within(1e-12));
        assertThat(new WarmupCosineSchedule(1.0, 4, 14, LrSchedule.CONSTANT).valueAt(12, 0)).isEqualTo(1.0);
    }

    @Test
    void duplicateCaptionsShareTheTargetMass() {
        INDArray targets = MatchTargets.of(List.of("a red square", "a blue circle", "a red square"));
        assertThat(targets.toFloatMatrix()).isDeepEqualTo(new float[][] {
                {0.5f, 0f, 0.5f}, {0f, 1f, 0f}, {0.5f, 0f, 0.5f}});
    }
}
