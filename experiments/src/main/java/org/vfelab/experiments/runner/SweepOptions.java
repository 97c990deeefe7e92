package org.vfelab.experiments.runner;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * How a sweep runs.
 *
 * @param devices          device slots: the CPU, or one slot per GPU
 * @param maxParallel      trials at once; at most one per GPU, and on the CPU they share the cores
 * @param trialTimeout     a trial running longer is stopped and recorded as {@code timeout}
 * @param memoryBudget     a trial whose analytic memory estimate exceeds it is recorded as {@code skipped-budget}
 *                         without running
 * @param rerunFailed      retry trials whose last run ended oom, diverged, timeout or error (finished trials are
 *                         never rerun; killed and never-run trials always run)
 * @param trackingUri      where runs go; empty: the base descriptor's {@code tracking.uri}
 * @param trialJvmOptions  options of each trial's JVM, such as {@code -Xmx2g}
 * @param spark            where the trials' JVMs run: as Spark tasks, or, when empty, on this machine
 * @param reuseFrom        other sweeps of the store whose finished trials are copied instead of trained again
 *                         when their trial key is the same (the same descriptor, seed and parents)
 */
public record SweepOptions(List<DeviceSlot> devices, int maxParallel, Optional<Duration> trialTimeout,
                           Optional<MemoryBudget> memoryBudget, boolean rerunFailed, Optional<String> trackingUri,
                           List<String> trialJvmOptions, Optional<SparkSettings> spark,
                           List<String> reuseFrom) {
    public SweepOptions {
        devices = List.copyOf(devices);
        trialJvmOptions = List.copyOf(trialJvmOptions);
        reuseFrom = List.copyOf(reuseFrom);
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("no device to run trials on");
        }
        if (maxParallel < 1) {
            throw new IllegalArgumentException("--max-parallel must be >= 1, got " + maxParallel);
        }
        if (devices.stream().anyMatch(DeviceSlot::isGpu) && maxParallel > devices.size()) {
            throw new IllegalArgumentException("--max-parallel " + maxParallel + " exceeds the " + devices.size()
                    + " GPUs of --devices; one trial runs per GPU at a time");
        }
        if (devices.get(0).isGpu() && spark.filter(settings -> !settings.local()).isPresent()) {
            throw new IllegalArgumentException("--devices " + String.join(",", devices.stream().map(slot ->
                    Integer.toString(slot.gpu())).toList()) + " names GPUs of this machine, but --master "
                    + spark.get().master() + " runs trials on a cluster, whose executors have GPUs of their own: ask "
                    + "for them with --gpus-per-task 1");
        }
    }

    /**
     * The slots trials are dealt to: each GPU once, or the CPU {@code maxParallel} times (on a Spark cluster, where
     * an executor's GPU is its task's, the trials submitted at once).
     */
    public List<DeviceSlot> slots() {
        if (devices.get(0).isGpu()) {
            return devices.subList(0, Math.min(maxParallel, devices.size()));
        }
        return Collections.nCopies(maxParallel, DeviceSlot.CPU);
    }
}
