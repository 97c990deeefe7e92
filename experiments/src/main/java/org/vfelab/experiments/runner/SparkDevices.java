package org.vfelab.experiments.runner;

import org.apache.spark.resource.ResourceInformation;

import java.util.Map;

/**
 * The device of a trial that runs as a Spark task: the GPU Spark's scheduler gave the task, when the sweep asked
 * for GPUs on a cluster, else the slot the driver dealt the trial to (the CPU, or, in local mode, which schedules no
 * GPUs, one of {@code --devices}). The GPU address is the CUDA index that the executor's discovery script reported,
 * handed to the trial's JVM as {@code CUDA_VISIBLE_DEVICES} like the local runner's slots.
 */
final class SparkDevices {

    /** Spark's name for the GPU resource. */
    static final String GPU = "gpu";

    private SparkDevices() {
    }

    /**
     * The device for a task given {@code resources} ({@code TaskContext.resourcesJMap()}).
     *
     * @throws IllegalArgumentException when the task got several GPUs, or an address that is not a CUDA index
     */
    static DeviceSlot slot(Map<String, ResourceInformation> resources, DeviceSlot dealt) {
        ResourceInformation gpus = resources.get(GPU);
        if (gpus == null || gpus.addresses().length == 0) {
            return dealt;
        }
        String[] addresses = gpus.addresses();
        if (addresses.length > 1) {
            throw new IllegalArgumentException("Spark gave the task " + addresses.length + " GPUs ("
                    + String.join(", ", addresses) + "), but a trial trains on one: keep "
                    + "spark.task.resource.gpu.amount at 1 or below");
        }
        String address = addresses[0].trim();
        if (!address.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("Spark gave the task GPU '" + address + "', which is not a CUDA device "
                    + "index; the executors' GPU discovery script must list indices such as 0, 1 (as Spark's "
                    + "examples/src/main/scripts/getGpusResources.sh does)");
        }
        return new DeviceSlot(Integer.parseInt(address));
    }
}
