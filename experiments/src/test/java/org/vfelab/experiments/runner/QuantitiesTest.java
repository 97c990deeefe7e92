package org.vfelab.experiments.runner;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantitiesTest {

    @Test
    void sizesUseBinaryUnits() {
        assertThat(Quantities.bytes("16GB")).isEqualTo(16L << 30);
        assertThat(Quantities.bytes("512MiB")).isEqualTo(512L << 20);
        assertThat(Quantities.bytes("1.5g")).isEqualTo(3L << 29);
        assertThat(Quantities.bytes("2048")).isEqualTo(2048);
        assertThatThrownBy(() -> Quantities.bytes("16 gigs")).hasMessageContaining("'16 gigs' is not a memory size");
    }

    @Test
    void durationsTakeSecondsMinutesAndHours() {
        assertThat(Quantities.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Quantities.duration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Quantities.duration("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Quantities.duration("600")).isEqualTo(Duration.ofMinutes(10));
        assertThatThrownBy(() -> Quantities.duration("0s")).hasMessageContaining("not a positive duration");
        assertThatThrownBy(() -> Quantities.duration("soon")).hasMessageContaining("'soon'");
    }

    @Test
    void devicesAreTheCpuOrDistinctGpuIndices() {
        assertThat(DeviceSlot.parse("cpu")).containsExactly(DeviceSlot.CPU);
        assertThat(DeviceSlot.parse("0, 2")).extracting(DeviceSlot::tag).containsExactly("cuda:0", "cuda:2");
        assertThat(DeviceSlot.parse("3").get(0).environment()).containsEntry("CUDA_VISIBLE_DEVICES", "3");
        assertThat(DeviceSlot.CPU.environment()).isEmpty();
        assertThatThrownBy(() -> DeviceSlot.parse("0,gpu1")).hasMessageContaining("'gpu1' is not a GPU index");
        assertThatThrownBy(() -> DeviceSlot.parse("1,1")).hasMessageContaining("GPU 1 is listed twice");
    }

    @Test
    void slotsAreOnePerGpuOrTheCpuSharedByTheParallelTrials() {
        SweepOptions gpus = new SweepOptions(DeviceSlot.parse("0,1,2"), 2, Optional.empty(),
                Optional.empty(), false, Optional.empty(), List.of(), Optional.empty(), List.of());
        SweepOptions cpu = new SweepOptions(List.of(DeviceSlot.CPU), 3, Optional.empty(),
                Optional.empty(), false, Optional.empty(), List.of(), Optional.empty(), List.of());

        assertThat(gpus.slots()).extracting(DeviceSlot::tag).containsExactly("cuda:0", "cuda:1");
        assertThat(cpu.slots()).containsExactly(DeviceSlot.CPU, DeviceSlot.CPU, DeviceSlot.CPU);
        assertThatThrownBy(() -> new SweepOptions(DeviceSlot.parse("0"), 2, Optional.empty(),
                Optional.empty(), false, Optional.empty(), List.of(), Optional.empty(), List.of()))
                .hasMessageContaining("--max-parallel 2 exceeds the 1 GPUs");
    }

    @Test
    void aBudgetNamesThePredictionThatExceedsIt() {
        MemoryBudget budget = new MemoryBudget(Quantities.bytes("1GB"));

        assertThat(budget.excess(1L << 30)).isEmpty();
        assertThat(budget.excess(3L << 29)).contains("predicted peak memory 1.50 GB exceeds --memory-budget 1.00 GB");
    }
}
