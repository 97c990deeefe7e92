package org.vfelab.experiments.runner;

import org.vfelab.core.spec.SpecParams;
import org.vfelab.core.tracking.RunStatus;
import org.vfelab.core.tracking.StoredRun;
import org.vfelab.core.tracking.TrackedRun;
import org.vfelab.core.tracking.Tracker;
import org.vfelab.core.tracking.TrackingException;
import org.vfelab.core.train.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Runs an expanded sweep: reads what the tracking store already has (so finished trials are never repeated),
 * records runs left RUNNING by a runner that died as killed, skips trials that cannot fit the memory budget,
 * then deals the remaining trials to the device slots, one trial JVM per slot at a time, under the sweep's parent
 * run. Ctrl-C stops the running trials, which record themselves as killed, and a later run picks them up again.
 */
public final class SweepRunner {

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final SweepOptions options;
    private final List<String> javaCommand;
    private final PrintWriter out;
    private final boolean interactive;
    private final Set<TrialProcess> live = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean interrupted = new AtomicBoolean();

    /**
     * @param javaCommand the command that starts the CLI in a new JVM (java, its options, class path, main class)
     * @param interactive whether {@code out} is a terminal, for the live table
     */
    public SweepRunner(SweepOptions options, List<String> javaCommand, PrintWriter out, boolean interactive) {
        this.options = options;
        this.javaCommand = List.copyOf(javaCommand);
        this.out = out;
        this.interactive = interactive;
    }

    /**
     * Runs the trials of {@code sweep} that need running, recording each in the tracking store, and prints the
     * summary (also when interrupted: the JVM waits for it before it exits).
     *
     * @param baseTrackingUri the base descriptor's {@code tracking.uri}, used unless the options name another
     * @throws TrackingException when the store cannot be read or written before any trial ran
     * @throws IOException        when the directory for the trials' descriptors and logs cannot be made
     */
    public SweepReport run(SweepFile sweep, List<PlannedTrial> trials, String baseTrackingUri)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        String uri = options.trackingUri().orElse(baseTrackingUri);
        Tracker tracker = Tracker.forUri(uri);
        List<StoredRun> stored = tracker.findRuns(sweep.name(), Map.of());
        TrialHistory history = new TrialHistory(stored);
        markAbandoned(tracker, history);
        Map<PlannedTrial, TrialHistory.Decision> decisions = new LinkedHashMap<>();
        trials.forEach(trial -> decisions.put(trial, history.decide(trial.key(), options.rerunFailed())));
        try (TrackedRun parent = openParent(tracker, sweep, stored)) {
            Map<PlannedTrial, TrialEnd> ends = new ConcurrentHashMap<>();
            List<PlannedTrial> toRun = new ArrayList<>();
            out.printf("vfe: sweep '%s': %d trials, logging to %s, run %s%n", sweep.name(), trials.size(),
                    tracker.describe(), parent.runId());
            options.memoryBudget().ifPresent(budget -> out.println("vfe: predicting each trial's peak memory for "
                    + "--memory-budget (builds each model once)..."));
            out.flush();
            for (PlannedTrial trial : trials) {
                TrialHistory.Decision decision = decisions.get(trial);
                if (decision.action() == TrialHistory.Action.RUN) {
                    Optional<String> excess = overBudget(trial);
                    if (excess.isPresent()) {
                        ends.put(trial, skip(tracker, sweep.name(), parent.runId(), trial, excess.get()));
                    } else {
                        toRun.add(trial);
                    }
                }
            }
            printPlan(trials, decisions, ends, toRun);
            AtomicReference<TrackingException> trackingFailure = new AtomicReference<>();
            CountDownLatch recorded = new CountDownLatch(1);
            Thread onInterrupt = new Thread(() -> stop(recorded), "sweep-interrupt");
            Path workDir = Files.createTempDirectory("vfe-sweep-");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try (SweepBoard board = SweepBoard.of(out, interactive, toRun)) {
                runAll(new SweepContext(tracker, uri, sweep.name(), parent.runId(), options, javaCommand, workDir,
                        board, live, interrupted), toRun, ends, trackingFailure);
            } finally {
                deleteQuietly(workDir);
            }
            SweepReport report = new SweepReport(sweep.name(), trials, decisions, ends,
                    Duration.ofNanos(System.nanoTime() - start), interrupted.get(),
                    Optional.ofNullable(trackingFailure.get()).map(Throwable::getMessage));
            finishParent(parent, report);
            out.print(report.render());
            out.flush();
            recorded.countDown();
            if (!interrupted.get()) {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            }
            return report;
        }
    }

    private void runAll(SweepContext context, List<PlannedTrial> toRun, Map<PlannedTrial, TrialEnd> ends,
                        AtomicReference<TrackingException> trackingFailure) throws InterruptedException {
        Queue<PlannedTrial> queue = new ConcurrentLinkedQueue<>(toRun);
        TrialExecution execution = new TrialExecution(context);
        List<Thread> workers = new ArrayList<>();
        for (DeviceSlot slot : options.slots()) {
            Thread worker = new Thread(() -> {
                for (PlannedTrial trial = queue.poll(); trial != null && !context.stopping()
                        && trackingFailure.get() == null; trial = queue.poll()) {
                    try {
                        ends.put(trial, execution.run(trial, slot));
                        context.board().ended(ends.get(trial));
                    } catch (TrackingException e) {
                        trackingFailure.compareAndSet(null, e);
                        context.board().note("tracking failed, no further trials start: " + e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (RuntimeException e) {
                        // A bug of the runner's own: the trial's run was closed as FAILED; the others go on.
                        ends.put(trial, new TrialEnd(trial, TrainingOutcome.ERROR, "the sweep runner failed: " + e,
                                slot.tag(), Duration.ZERO));
                        context.board().ended(ends.get(trial));
                    }
                }
            }, "sweep-slot-" + slot.tag() + "-" + workers.size());
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    /** Ctrl-C or SIGTERM: stop the trials (each records itself killed), then wait until the runner recorded all. */
    private void stop(CountDownLatch recorded) {
        interrupted.set(true);
        out.println();
        out.println("vfe: interrupted; stopping the running trials (a later 'vfe sweep' resumes them)");
        out.flush();
        try {
            for (TrialProcess process : live) {
                process.stop();
            }
            recorded.await(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs left RUNNING by a runner that died: recorded as killed, so they show as ended and run again. */
    private void markAbandoned(Tracker tracker, TrialHistory history) {
        for (StoredRun run : history.abandoned()) {
            try (TrackedRun stale = tracker.attachRun(run.runId())) {
                stale.setTag(TrialHistory.OUTCOME_TAG, TrainingOutcome.KILLED.tag());
                stale.setTag(TrialHistory.ERROR_TAG, "its sweep runner stopped before the trial ended");
                stale.end(RunStatus.KILLED);
            }
            out.printf("vfe: run %s ('%s') was left running by a sweep runner that stopped; recorded as killed%n",
                    run.runId(), run.runName());
        }
    }

    /**
     * The sweep's parent run: the one an earlier invocation made (found among {@code stored}, the experiment's
     * runs as read at the start), reopened, or a new one.
     */
    private static TrackedRun openParent(Tracker tracker, SweepFile sweep, List<StoredRun> stored) {
        Map<String, String> tags = Map.of(TrialHistory.SWEEP_TAG, sweep.name(), TrialHistory.ROLE_TAG, "sweep");
        List<StoredRun> earlier = stored.stream().filter(run -> run.hasTags(tags)).toList();
        TrackedRun parent;
        if (earlier.isEmpty()) {
            Map<String, String> initial = new LinkedHashMap<>(tags);
            initial.put("vfe.sweep_file", sweep.source().toString());
            parent = tracker.startRun(sweep.name(), sweep.name(), initial);
        } else {
            parent = tracker.attachRun(earlier.get(earlier.size() - 1).runId());
            parent.reopen();
        }
        try {
            parent.logArtifact("sweep.yaml", Files.readAllBytes(sweep.source()));
        } catch (IOException e) {
            throw new TrackingException("cannot read " + sweep.source() + " to log it: " + e.getMessage(), e);
        }
        return parent;
    }

    private Optional<String> overBudget(PlannedTrial trial) {
        return options.memoryBudget().flatMap(budget -> budget.excess(MemoryBudget.predict(trial)));
    }

    /** Records a trial that cannot fit the memory budget, without running it. */
    private static TrialEnd skip(Tracker tracker, String sweep, String parentRunId, PlannedTrial trial, String why) {
        Map<String, String> tags = TrialHistory.childTags(sweep, parentRunId, trial, "-",
                TrainingOutcome.SKIPPED_BUDGET.tag());
        tags.put(TrialHistory.ERROR_TAG, why);
        try (TrackedRun run = tracker.startRun(sweep, trial.label(), tags)) {
            run.logParams(SpecParams.flatten(trial.spec()));
            run.end(TrialExecution.statusOf(TrainingOutcome.SKIPPED_BUDGET));
        }
        return new TrialEnd(trial, TrainingOutcome.SKIPPED_BUDGET, why, "-", Duration.ZERO);
    }

    private void printPlan(List<PlannedTrial> trials, Map<PlannedTrial, TrialHistory.Decision> decisions,
                           Map<PlannedTrial, TrialEnd> skipped, List<PlannedTrial> toRun) {
        long done = decisions.values().stream().filter(d -> d.action() == TrialHistory.Action.DONE).count();
        long failed = decisions.values().stream().filter(d -> d.action() == TrialHistory.Action.FAILED_BEFORE).count();
        out.printf("vfe: %d to run, %d finished before%s%s, on %s%n", toRun.size(), done,
                failed == 0 ? "" : ", " + failed + " failed before (--rerun-failed retries them)",
                skipped.isEmpty() ? "" : ", " + skipped.size() + " over the memory budget",
                options.slots().stream().map(DeviceSlot::tag).distinct().count() == 1 && options.slots().size() > 1
                        ? options.slots().size() + " x cpu" : String.join(", ",
                        options.slots().stream().map(DeviceSlot::tag).toList()));
        skipped.values().forEach(end -> out.printf("vfe: skipped-budget: %s: %s%n", end.trial().label(),
                end.detail()));
        out.flush();
    }

    private static void finishParent(TrackedRun parent, SweepReport report) {
        report.counts().forEach((outcome, count) -> parent.logMetric("trials/" + outcome, count, 0));
        TrainingOutcome outcome = report.interrupted() ? TrainingOutcome.KILLED
                : report.trackingFailure().isPresent() ? TrainingOutcome.ERROR : TrainingOutcome.FINISHED;
        parent.setTag(TrialHistory.OUTCOME_TAG, outcome.tag());
        parent.end(TrialExecution.statusOf(outcome));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary directory left behind is harmless; the logs are in the runs' artifacts.
        }
    }
}
