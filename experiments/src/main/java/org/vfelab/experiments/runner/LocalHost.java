package org.vfelab.experiments.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Trials' JVMs on this machine: the default host, one JVM per device slot at a time, its output followed live. */
final class LocalHost implements TrialHost {

    private final ChildJvm jvm;
    private final Optional<Duration> timeout;
    private final Set<TrialProcess> live = ConcurrentHashMap.newKeySet();

    LocalHost(ChildJvm jvm, Optional<Duration> timeout) {
        this.jvm = jvm;
        this.timeout = timeout;
    }

    @Override
    public void open() {
        // This machine is ready.
    }

    @Override
    public String describe(List<DeviceSlot> slots) {
        if (slots.get(0).isGpu()) {
            return DeviceSlot.describe(slots);
        }
        int threads = CpuTrials.threadsPerTrial(System.getenv(), Runtime.getRuntime().availableProcessors());
        return DeviceSlot.describe(slots) + " (" + threads + (threads == 1 ? " thread" : " threads")
                + " each; --max-parallel to change)";
    }

    @Override
    public String placement(DeviceSlot slot) {
        return slot.tag();
    }

    @Override
    public Launched launch(TrialJob job, DeviceSlot slot, Path log, Consumer<String> lines)
            throws IOException, InterruptedException {
        Path descriptor = log.resolveSibling(job.key() + ".yaml");
        Files.writeString(descriptor, job.descriptorYaml(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(jvm.command());
        command.addAll(job.arguments(descriptor, Map.of()));
        TrialProcess process = TrialProcess.start(command, slot.environment(), log, lines);
        live.add(process);
        try {
            return new Launched(process.await(timeout), slot.tag(), Optional.empty());
        } finally {
            live.remove(process);
        }
    }

    @Override
    public void stopAll() throws InterruptedException {
        for (TrialProcess process : live) {
            process.stop();
        }
    }

    @Override
    public void close() {
        // Nothing to release: every trial JVM has ended when the sweep closes its host.
    }
}
