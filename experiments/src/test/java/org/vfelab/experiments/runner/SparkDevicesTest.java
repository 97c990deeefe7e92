package org.vfelab.experiments.runner;

import org.apache.spark.resource.ResourceInformation;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkDevicesTest {

    @Test
    void theGpuSparkGivesATaskIsTheTrialsDevice() {
        DeviceSlot slot = SparkDevices.slot(gpus("3"), DeviceSlot.CPU);

        assertThat(slot).isEqualTo(new DeviceSlot(3));
        assertThat(slot.tag()).isEqualTo("cuda:3");
        assertThat(slot.environment()).containsExactly(Map.entry("CUDA_VISIBLE_DEVICES", "3"));
    }

    @Test
    void withoutAGpuFromSparkTheDealtSlotStands() {
        assertThat(SparkDevices.slot(Map.of(), DeviceSlot.CPU)).isEqualTo(DeviceSlot.CPU);
        assertThat(SparkDevices.slot(Map.of(), new DeviceSlot(1))).isEqualTo(new DeviceSlot(1));
        assertThat(SparkDevices.slot(gpus(), new DeviceSlot(1))).isEqualTo(new DeviceSlot(1));
    }

    @Test
    void severalGpusOrAnAddressThatIsNoCudaIndexAreRefused() {
        assertThatThrownBy(() -> SparkDevices.slot(gpus("0", "1"), DeviceSlot.CPU))
                .hasMessageContaining("gave the task 2 GPUs (0, 1)")
                .hasMessageContaining("spark.task.resource.gpu.amount at 1 or below");
        assertThatThrownBy(() -> SparkDevices.slot(gpus("GPU-5e3a"), DeviceSlot.CPU))
                .hasMessageContaining("GPU 'GPU-5e3a', which is not a CUDA device index");
    }

    private static Map<String, ResourceInformation> gpus(String... addresses) {
        return Map.of(SparkDevices.GPU, new ResourceInformation(SparkDevices.GPU, addresses));
    }
}
