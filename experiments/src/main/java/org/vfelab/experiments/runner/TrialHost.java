package org.vfelab.experiments.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the trials' JVMs run: on this machine ({@link LocalHost}) or as Spark tasks on a cluster's executors
 * ({@link SparkHost}). Nothing else about a sweep depends on it: the plan, what the store already has, the order of
 * stages and how each outcome is recorded are the same whichever host runs the JVMs.
 */
interface TrialHost extends AutoCloseable {

    /** The host {@code options} ask for; {@code sweepName} names the Spark application. */
    static TrialHost of(SweepOptions options, ChildJvm jvm, String sweepName) {
        return options.spark().<TrialHost>map(spark -> new SparkHost(spark, jvm, options.trialTimeout(),
                "vfe sweep " + sweepName)).orElseGet(() -> new LocalHost(jvm, options.trialTimeout()));
    }

    /**
     * Gets ready to run trials (a Spark host starts Spark and waits for an executor); called once, and only when
     * some trial is to run.
     *
     * @throws SparkUnavailableException when Spark cannot start or reach its cluster; nothing ran
     */
    void open() throws SparkUnavailableException;

    /** Where trials dealt to {@code slots} run, in words, for the sweep's plan line: {@code 2 x cpu}. */
    String describe(List<DeviceSlot> slots);

    /** The {@code vfe.device} of a trial dealt to {@code slot} until it runs: where a Spark executor's GPU is not yet known. */
    String placement(DeviceSlot slot);

    /**
     * Runs a trial's JVM to its end, or past the trial timeout; a JVM that fails is no exception, it has an exit.
     *
     * @param log   where the trial's output is written; its descriptor is written beside it
     * @param lines the trial's output lines as they come, where the host can follow them
     * @throws Lost when the host lost the trial without an exit (a Spark task failed or was cancelled)
     */
    Launched launch(TrialJob job, DeviceSlot slot, Path log, Consumer<String> lines)
            throws IOException, InterruptedException, Lost;

    /** Stops every running trial (the sweep was interrupted); each records itself as killed. */
    void stopAll() throws InterruptedException;

    /** Releases the host (stops Spark). */
    @Override
    void close();

    /**
     * How a trial's JVM ended and on which device.
     *
     * @param device the {@code vfe.device} it ran on: the slot's, or the GPU a Spark executor gave its task
     * @param where  the Spark executor it ran on; empty on this machine
     */
    record Launched(TrialProcess.Exit exit, String device, Optional<Executor> where) {
    }

    /**
     * A Spark executor: where a trial ran, recorded as the tags {@code vfe.executor} and {@code vfe.host}.
     *
     * @param id   Spark's executor id ({@code driver} in local mode)
     * @param host the executor's host
     */
    record Executor(String id, String host) {
    }

    /**
     * The host lost a trial: it has no exit, only this reason; when the machine it ran on went away (a Spark executor
     * or its worker died), which is no fault of the trial's, it may be run again.
     */
    final class Lost extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean executorLost;
        private final transient Optional<Executor> where;

        Lost(String reason, Throwable cause) {
            this(reason, cause, false, Optional.empty());
        }

        Lost(String reason, Throwable cause, boolean executorLost, Optional<Executor> where) {
            super(reason, cause);
            this.executorLost = executorLost;
            this.where = where;
        }

        /** Whether the trial was lost with its executor, and so may run again elsewhere. */
        boolean executorLost() {
            return executorLost;
        }

        /** The executor the lost attempt ran on, where known. */
        Optional<Executor> where() {
            return where;
        }
    }
}
