package org.vfelab.experiments.runner;

import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.StoredRun;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.Tracker;
import org.vfelab.tracking.TrackingException;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFile;
import org.vfelab.experiments.trial.Trackers;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Runs an expanded sweep: reads what the tracking store already has (so finished trials are never repeated),
 * records runs left RUNNING by a runner that died as killed, skips trials that cannot fit the memory budget,
 * copies trials that another sweep named in its options finished with the same key ({@link TrialReuse}),
 * then deals the remaining trials to the device slots, one trial JVM per slot at a time, under the sweep's parent
 * run, on this machine or as Spark tasks ({@link TrialHost}); a stage of a chain starts once the stages it starts
 * from have finished ({@link TrialQueue}). Ctrl-C stops the running trials, which record themselves as killed, and a
 * later run picks them up again.
 */
public final class SweepRunner {

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final SweepOptions options;
    private final ChildJvm trialJvm;
    private final PrintWriter out;
    private final boolean interactive;
    private final AtomicBoolean interrupted = new AtomicBoolean();

    /**
     * @param trialJvm    how a trial's JVM starts the CLI (its options, the main class)
     * @param interactive whether {@code out} is a terminal, for the live table
     */
    public SweepRunner(SweepOptions options, ChildJvm trialJvm, PrintWriter out, boolean interactive) {
        this.options = options;
        this.trialJvm = trialJvm;
        this.out = out;
        this.interactive = interactive;
    }

    /**
     * Runs the trials of {@code sweep} that need running, recording each in the tracking store, and prints the
     * summary (also when interrupted: the JVM waits for it before it exits).
     *
     * @param baseTrackingUri the base descriptor's {@code tracking.uri}, used unless the options name another
     * @throws TrackingException        when the store cannot be read or written before any trial ran
     * @throws IOException              when the directory for the trials' descriptors and logs cannot be made
     * @throws SparkUnavailableException when the sweep runs on Spark and Spark cannot start; nothing ran
     */
    public SweepReport run(SweepFile sweep, List<PlannedTrial> trials, String baseTrackingUri)
            throws IOException, InterruptedException, SparkUnavailableException {
        long start = System.nanoTime();
        String uri = options.trackingUri().orElse(baseTrackingUri);
        Tracker tracker = Tracker.forUri(uri, Trackers.options(trials.get(0).spec().tracking(), out));
        List<StoredRun> stored = tracker.findRuns(sweep.name(), Map.of());
        TrialHistory history = new TrialHistory(stored);
        markAbandoned(tracker, history);
        Map<PlannedTrial, TrialHistory.Decision> decisions = new LinkedHashMap<>();
        trials.forEach(trial -> decisions.put(trial, history.decide(trial.key(), options.rerunFailed())));
        TrialReuse reuse = TrialReuse.from(tracker, sweep.name(), options.reuseFrom());
        try (TrialHost host = openHost(sweep, decisions); TrackedRun parent = openParent(tracker, sweep, stored)) {
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
                    Optional<TrialEnd> settled = settleWithoutRunning(tracker, reuse, sweep, parent.runId(), trial);
                    if (settled.isPresent()) {
                        ends.put(trial, settled.get());
                    } else {
                        toRun.add(trial);
                    }
                }
            }
            printPlan(decisions, ends, toRun, host);
            Map<PlannedTrial, TrainingOutcome> standing = standing(trials, decisions, ends);
            Optional<TrackingException> trackingFailure;
            CountDownLatch recorded = new CountDownLatch(1);
            Thread onInterrupt = new Thread(() -> stop(host, recorded), "sweep-interrupt");
            Path workDir = Files.createTempDirectory("vfe-sweep-");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                try (SweepBoard board = SweepBoard.of(out, interactive, toRun)) {
                    trackingFailure = new SlotWorkers(new SweepContext(tracker, uri, sweep.name(), parent.runId(),
                            options, host, workDir, trials.get(0).spec().tracking().journalDirectory(), board,
                            interrupted), toRun, standing, ends)
                            .runAll(options.slots());
                } finally {
                    deleteQuietly(workDir);
                }
                SweepReport report = new SweepReport(sweep.name(), trials, decisions, ends,
                        Duration.ofNanos(System.nanoTime() - start), interrupted.get(),
                        trackingFailure.map(Throwable::getMessage));
                Optional<String> parentFailure = finishParent(parent, report);
                out.print(report.render());
                out.flush();
                return parentFailure.isEmpty() || report.trackingFailure().isPresent() ? report
                        : report.withTrackingFailure(parentFailure.get());
            } finally {
                recorded.countDown();
                // Only a real interrupt keeps the hook: an exception here must not run it at exit and claim one.
                if (!interrupted.get()) {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                }
            }
        }
    }

    /**
     * How the trials that do not run now stand, by outcome: finished or failed before, or skipped just now; a
     * stage whose parent stands at anything but finished is not run.
     */
    private static Map<PlannedTrial, TrainingOutcome> standing(List<PlannedTrial> trials,
                                                               Map<PlannedTrial, TrialHistory.Decision> decisions,
                                                               Map<PlannedTrial, TrialEnd> skipped) {
        Map<PlannedTrial, TrainingOutcome> standing = new HashMap<>();
        for (PlannedTrial trial : trials) {
            TrialHistory.Decision decision = decisions.get(trial);
            if (skipped.containsKey(trial)) {
                standing.put(trial, skipped.get(trial).outcome());
            } else if (decision.action() == TrialHistory.Action.DONE) {
                standing.put(trial, TrainingOutcome.FINISHED);
            } else if (decision.action() == TrialHistory.Action.FAILED_BEFORE) {
                standing.put(trial, decision.previous().flatMap(TrialHistory::outcome).orElse(TrainingOutcome.ERROR));
            }
        }
        return standing;
    }

    /** Where the trials run, made ready (Spark started) only when some trial is to run. */
    private TrialHost openHost(SweepFile sweep, Map<PlannedTrial, TrialHistory.Decision> decisions)
            throws SparkUnavailableException {
        TrialHost host = TrialHost.of(options, trialJvm, sweep.name());
        if (decisions.values().stream().anyMatch(decision -> decision.action() == TrialHistory.Action.RUN)) {
            try {
                host.open();
            } catch (SparkUnavailableException | RuntimeException e) {
                host.close();
                throw e;
            }
        }
        return host;
    }

    /** Ctrl-C or SIGTERM: stop the trials (each records itself killed), then wait until the runner recorded all. */
    private void stop(TrialHost host, CountDownLatch recorded) {
        interrupted.set(true);
        out.println();
        out.println("vfe: interrupted; stopping the running trials (a later 'vfe sweep' resumes them)");
        out.flush();
        try {
            host.stopAll();
            recorded.await(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs left RUNNING by a runner that died: recorded as killed, so they show as ended and run again. */
    private void markAbandoned(Tracker tracker, TrialHistory history) {
        for (StoredRun run : history.abandoned()) {
            try (TrackedRun stale = tracker.attachRun(run.runId())) {
                stale.setTag(RunTags.OUTCOME, TrainingOutcome.KILLED.tag());
                stale.setTag(RunTags.ERROR, "its sweep runner stopped before the trial ended");
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
        Map<String, String> tags = Map.of(RunTags.SWEEP, sweep.name(), RunTags.ROLE, RunTags.ROLE_SWEEP);
        List<StoredRun> earlier = stored.stream().filter(run -> run.hasTags(tags)).toList();
        TrackedRun parent;
        if (earlier.isEmpty()) {
            Map<String, String> initial = new LinkedHashMap<>(tags);
            initial.put(RunTags.SWEEP_FILE, sweep.source().toString());
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

    /**
     * A trial to run that needs no training here: copied from another sweep that finished it, or (only then
     * predicted, as the prediction builds the model) recorded as over the memory budget.
     */
    private Optional<TrialEnd> settleWithoutRunning(Tracker tracker, TrialReuse reuse, SweepFile sweep,
                                                    String parentRunId, PlannedTrial trial) {
        Optional<TrialReuse.Source> source = reuse.sourceOf(trial);
        if (source.isPresent()) {
            return Optional.of(reuse.adopt(sweep.name(), parentRunId, trial, source.get()));
        }
        return overBudget(trial).map(excess -> TrialExecution.skip(tracker, sweep.name(), parentRunId, trial,
                TrainingOutcome.SKIPPED_BUDGET, excess));
    }

    private Optional<String> overBudget(PlannedTrial trial) {
        return options.memoryBudget().flatMap(budget -> budget.excess(MemoryBudget.predict(trial)));
    }

    private void printPlan(Map<PlannedTrial, TrialHistory.Decision> decisions, Map<PlannedTrial, TrialEnd> settled,
                           List<PlannedTrial> toRun, TrialHost host) {
        long done = decisions.values().stream().filter(d -> d.action() == TrialHistory.Action.DONE).count();
        long failed = decisions.values().stream().filter(d -> d.action() == TrialHistory.Action.FAILED_BEFORE).count();
        long reused = settled.values().stream().filter(end -> end.outcome() == TrainingOutcome.FINISHED).count();
        List<TrialEnd> skipped = settled.values().stream()
                .filter(end -> end.outcome() == TrainingOutcome.SKIPPED_BUDGET).toList();
        out.printf("vfe: %d to run, %d finished before%s%s%s, on %s%n", toRun.size(), done,
                reused == 0 ? "" : ", " + reused + " reused from other sweeps",
                failed == 0 ? "" : ", " + failed + " failed before (--rerun-failed retries them)",
                skipped.isEmpty() ? "" : ", " + skipped.size() + " over the memory budget",
                host.describe(options.slots()));
        skipped.forEach(end -> out.printf("vfe: skipped-budget: %s: %s%n", end.trial().label(),
                end.detail()));
        out.flush();
    }

    /**
     * Records the counts and the outcome in the parent run and ends it; when its tracking server does not get that
     * (its journal keeps it for {@code vfe runs sync}), the failure, so the summary is still printed.
     */
    private static Optional<String> finishParent(TrackedRun parent, SweepReport report) {
        try {
            report.counts().forEach((outcome, count) -> parent.logMetric("trials/" + outcome, count, 0));
            TrainingOutcome outcome = report.interrupted() ? TrainingOutcome.KILLED
                    : report.trackingFailure().isPresent() ? TrainingOutcome.ERROR : TrainingOutcome.FINISHED;
            parent.setTag(RunTags.OUTCOME, outcome.tag());
            parent.end(TrialExecution.statusOf(outcome));
            return Optional.empty();
        } catch (TrackingException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Deletes a temporary folder and what it holds, as far as it can. */
    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the trials' logs are in their runs' artifacts.
        }
    }
}
