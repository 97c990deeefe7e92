package org.vfelab.experiments.runner;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CpuTrialsTest {

    @Test
    void oneTrialPerCoreAtOneThreadEach() {
        assertThat(CpuTrials.atOnce(Map.of("OMP_NUM_THREADS", "1"), 2)).isEqualTo(2);
        assertThat(CpuTrials.atOnce(Map.of("OMP_NUM_THREADS", "1"), 16)).isEqualTo(16);
    }

    @Test
    void trialsWithMoreThreadsShareTheCoresBetweenFewerTrials() {
        assertThat(CpuTrials.atOnce(Map.of("OMP_NUM_THREADS", "4"), 16)).isEqualTo(4);
        assertThat(CpuTrials.atOnce(Map.of("OMP_NUM_THREADS", "4"), 2)).as("never below one").isEqualTo(1);
    }

    @Test
    void withoutAThreadSettingATrialTakesEveryCoreSoTrialsRunOneAtATime() {
        assertThat(CpuTrials.threadsPerTrial(Map.of(), 8)).isEqualTo(8);
        assertThat(CpuTrials.atOnce(Map.of(), 8)).isEqualTo(1);
        assertThat(CpuTrials.atOnce(Map.of("OMP_NUM_THREADS", "lots"), 8)).isEqualTo(1);
    }
}
