package org.vfelab.experiments.runner;

import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.vfelab.tracking.Tracker;
import org.vfelab.experiments.trial.CheckpointSaver;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Spark task of one trial, run on an executor: it writes the trial's descriptor to a folder of its own, fetches
 * a stage's checkpoints from the store (the driver's files may be on another machine), starts the trial's JVM with
 * the executor's Java (on its GPU, if Spark gave the task one) and waits for it, as the local runner does, then
 * sends back the exit, where it ran and the trial's output for the driver to record. A trial that fails is a task
 * that succeeds; the task fails only when it cannot fetch a checkpoint or start the JVM, and stops the JVM (which
 * records itself as killed) when Spark cancels it. Spark runs a task again by itself when the executor of its first
 * attempt was lost without the task's fault (its worker died): such a later attempt starts nothing and only says so,
 * because the lost attempt has a run of its own that must stay its record; the driver runs the trial again as a new
 * attempt with a new run.
 */
final class SparkTrialTask implements Function<TrialJob, SparkTrialTask.Result> {

    private static final long serialVersionUID = 1L;

    private final ChildJvm jvm;
    private final DeviceSlot dealt;
    /** The trial timeout, or null for none (Optional is not serializable). */
    private final Duration timeout;

    /** @param dealt the slot the driver dealt the trial to, used unless Spark gives the task a GPU */
    SparkTrialTask(ChildJvm jvm, DeviceSlot dealt, Optional<Duration> timeout) {
        this.jvm = jvm;
        this.dealt = dealt;
        this.timeout = timeout.orElse(null);
    }

    @Override
    public Result call(TrialJob job) throws IOException, InterruptedException {
        String executor = SparkEnv.get().executorId();
        String host = SparkEnv.get().blockManager().blockManagerId().host();
        if (TaskContext.get().attemptNumber() > 0) {
            return Result.rerunOfLost(executor, host);
        }
        DeviceSlot device = SparkDevices.slot(TaskContext.get().resourcesJMap(), dealt);
        String header = "vfe: Spark executor " + executor + " on " + host + ", device " + device.tag() + "\n";
        Path dir = Files.createTempDirectory("vfe-trial-");
        try {
            Path descriptor = dir.resolve(job.key() + ".yaml");
            Files.writeString(descriptor, job.descriptorYaml(), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(jvm.command());
            command.addAll(job.arguments(descriptor, checkpoints(job)));
            Path log = dir.resolve("trial.log");
            TrialProcess process = TrialProcess.start(command, device.environment(), log, line -> { });
            TrialProcess.Exit exit;
            try {
                exit = process.await(Optional.ofNullable(timeout));
            } catch (InterruptedException e) {
                process.stop();
                throw e;
            }
            String output = header + Files.readString(log, StandardCharsets.UTF_8);
            return new Result(exit, device.tag(), output, executor, host);
        } finally {
            SweepRunner.deleteQuietly(dir);
        }
    }

    /**
     * Each checkpoint key's file on this executor: the local store's own file (in local mode, the one the driver
     * found), or a copy downloaded from the tracking server once per run and kept for later stages.
     */
    private static Map<String, String> checkpoints(TrialJob job) {
        Tracker tracker = Tracker.forUri(job.trackingUri());
        Map<String, String> files = new LinkedHashMap<>();
        job.checkpointRuns().forEach((dotted, runId) -> files.put(dotted, tracker.artifactFile(runId,
                CheckpointSaver.ARTIFACT).orElseThrow(() -> new IllegalStateException("run " + runId + " has no "
                + CheckpointSaver.ARTIFACT + " in " + tracker.describe())).toString()));
        return files;
    }

    /**
     * What the task sends back to the driver.
     *
     * @param exit     how the trial's JVM ended; null from a later attempt of a lost task, which started none
     * @param device   the {@code vfe.device} the trial ran on
     * @param output   the trial's output, after a line naming the executor
     * @param executor the executor id the task ran on
     * @param host     the executor's host
     */
    record Result(TrialProcess.Exit exit, String device, String output, String executor, String host)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The answer of a later attempt: Spark ran the task again after losing its first attempt's executor. */
        static Result rerunOfLost(String executor, String host) {
            return new Result(null, "-", "", executor, host);
        }

        /** Whether this is the answer of a later attempt, which started no trial. */
        boolean rerun() {
            return exit == null;
        }
    }
}
