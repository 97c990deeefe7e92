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
 */
public record SweepOptions(List<DeviceSlot> devices, int maxParallel, Optional<Duration> trialTimeout,
                           Optional<MemoryBudget> memoryBudget, boolean rerunFailed, Optional<String> trackingUri,
                           List<String> trialJvmOptions) {
    public SweepOptions {
        devices = List.copyOf(devices);
        trialJvmOptions = List.copyOf(trialJvmOptions);
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
    }

    /** The slots trials are dealt to: each GPU once, or the CPU {@code maxParallel} times. */
    public List<DeviceSlot> slots() {
        if (devices.get(0).isGpu()) {
            return devices.subList(0, Math.min(maxParallel, devices.size()));
        }
        return Collections.nCopies(maxParallel, DeviceSlot.CPU);
    }
}
