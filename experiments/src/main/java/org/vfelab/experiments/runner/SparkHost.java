package org.vfelab.experiments.runner;

import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Trials as Spark tasks: this JVM is the Spark driver, and each trial is a one-task Spark job, submitted from the
 * slot thread that took it, whose task starts the trial's JVM on an executor ({@link SparkTrialTask}). Spark's
 * scheduler decides where the task runs and, on a cluster, gives it a GPU when the sweep asks for GPUs (local mode
 * schedules none: there the driver deals the GPUs of {@code --devices} to its slots, as the local runner does). A
 * task that fails is not retried: the trial is recorded as {@code error} with Spark's reason, and the others go on.
 * A task lost with its executor (the executor or its worker died) is the exception: the trial is lost through no
 * fault of its own, so the runner records that attempt and may run the trial again ({@link Lost#executorLost()}).
 * Spark starts only when some trial is to run, so a sweep with nothing left to do needs no cluster.
 */
final class SparkHost implements TrialHost {

    private final SparkSettings settings;
    private final ChildJvm jvm;
    private final Optional<Duration> timeout;
    private final String appName;
    private final TaskPlaces places = new TaskPlaces();
    private volatile JavaSparkContext spark;

    SparkHost(SparkSettings settings, ChildJvm jvm, Optional<Duration> timeout, String appName) {
        this.settings = settings;
        this.jvm = jvm;
        this.timeout = timeout;
        this.appName = appName;
    }

    @Override
    public void open() throws SparkUnavailableException {
        spark = SparkDriver.start(settings, appName);
        spark.sc().addSparkListener(places);
    }

    @Override
    public String describe(List<DeviceSlot> slots) {
        if (spark == null) {
            return DeviceSlot.describe(slots) + " (Spark not started: nothing to run)";
        }
        String application = " of application " + spark.sc().applicationId() + " on " + settings.master();
        if (settings.local()) {
            return DeviceSlot.describe(slots) + ", as Spark tasks" + application;
        }
        return "up to " + slots.size() + " Spark tasks at once" + settings.gpusPerTask().map(amount -> " ("
                + amount + " GPU each)").orElse("") + application;
    }

    @Override
    public String placement(DeviceSlot slot) {
        return settings.gpusPerTask().isPresent() ? "spark-gpu" : slot.tag();
    }

    @Override
    public Launched launch(TrialJob job, DeviceSlot slot, Path log, Consumer<String> lines)
            throws IOException, Lost {
        SparkTrialTask task = new SparkTrialTask(jvm, slot, timeout);
        String group = "vfe-trial-" + job.key() + "-" + job.runId();
        spark.setJobGroup(group, "vfe trial " + job.key(), true);
        try {
            SparkTrialTask.Result result;
            try {
                result = spark.parallelize(List.of(job), 1).map(task).collect().get(0);
            } catch (Exception e) {
                // A failed or cancelled task comes back as a SparkException, undeclared: Scala throws it through Java.
                Optional<Executor> lost = LostExecutors.in(e.getMessage());
                throw new Lost("its Spark task failed: " + SparkDriver.firstLine(e), e, lost.isPresent(),
                        lost.or(() -> places.firstAttempt(group)));
            }
            if (result.rerun()) {
                Optional<Executor> first = places.firstAttempt(group);
                throw new Lost("its Spark executor" + first.map(where -> " " + where.id() + " on " + where.host())
                        .orElse("") + " was lost (Spark started the task again, on executor " + result.executor()
                        + ")", null, true, first);
            }
            Files.writeString(log, result.output(), StandardCharsets.UTF_8);
            return new Launched(result.exit(), result.device(), Optional.of(new Executor(result.executor(),
                    result.host())));
        } finally {
            spark.clearJobGroup();
            places.forget(group);
        }
    }

    @Override
    public void stopAll() {
        JavaSparkContext running = spark;
        if (running != null) {
            try {
                running.cancelAllJobs();
            } catch (RuntimeException e) {
                // Spark's own shutdown hook is stopping it: its tasks, and so the trials' JVMs, end with it.
            }
        }
    }

    @Override
    public void close() {
        if (spark != null) {
            spark.stop();
        }
    }
}
