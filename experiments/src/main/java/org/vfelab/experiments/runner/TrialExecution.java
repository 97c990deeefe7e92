package org.vfelab.experiments.runner;

import org.vfelab.spec.SpecParams;
import org.vfelab.spec.SpecYaml;
import org.vfelab.tracking.RunMetrics;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.JournalSync;
import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.StoredRun;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.Tracker;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.trial.ProgressLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one trial of a sweep in its own JVM, on this machine or on a Spark executor ({@link TrialHost}), and records
 * how it ended, the same way wherever it ran. The runner opens the trial's child run first (so a JVM that never
 * starts, or dies without a word, still has its record), the trial JVM logs into it, and the runner closes it with
 * the trial's own outcome, or with the one the JVM's exit implies when the trial could not record one (the kernel's
 * OOM killer, a native crash, the timeout, a lost Spark task), tags where it ran (the Spark executor and its host),
 * and attaches the trial's log. A stage of a chain gets
 * its parents' checkpoints in place of its stage references ({@link StageInputs}); when one cannot be had, the stage
 * is recorded as {@code error} without starting a JVM.
 */
final class TrialExecution {

    /** Where a trial's console output is kept, as an artifact of its run. */
    static final String TRIAL_LOG_ARTIFACT = "logs/trial.log";
    /** Attempts at a trial whose Spark executor is lost under it, before its last one stands as its record. */
    static final int MAX_ATTEMPTS = 3;
    private static final int SIGKILL_STATUS = 128 + 9;
    private static final int SIGTERM_STATUS = 128 + 15;
    /** The exit status of a trial whose tracking server did not get everything ({@code ExitCodes}). */
    private static final int TRACKING_INCOMPLETE_STATUS = 3;
    private static final int LOG_LINES_IN_ERROR = 3;
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final SweepContext context;

    TrialExecution(SweepContext context) {
        this.context = context;
    }

    /**
     * Runs {@code trial} on {@code slot} and records its outcome; a failing trial does not throw. An attempt lost
     * with its Spark executor is recorded as {@code killed} and the trial runs again, as a new run, up to
     * {@link #MAX_ATTEMPTS} attempts in all.
     */
    TrialEnd run(PlannedTrial trial, DeviceSlot slot) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Attempt ended = attempt(trial, slot, attempt);
            if (!ended.runAgain() || attempt == MAX_ATTEMPTS || context.stopping()) {
                return ended.end();
            }
            context.board().note(trial.label() + ": " + ended.end().detail() + "; recorded as killed, running it "
                    + "again (attempt " + (attempt + 1) + " of at most " + MAX_ATTEMPTS + ")");
        }
    }

    private Attempt attempt(PlannedTrial trial, DeviceSlot slot, int attempt) throws InterruptedException {
        long start = System.nanoTime();
        Path log = context.workDir().resolve(trial.key() + ".log");
        String device = context.host().placement(slot);
        Map<String, String> tags = TrialHistory.childTags(context.sweepName(), context.parentRunId(), trial,
                device, RunTags.RUNNING);
        if (attempt > 1) {
            tags.put(RunTags.ATTEMPT, Integer.toString(attempt));
        }
        try (TrackedRun run = context.tracker().startRun(context.sweepName(), trial.label(), tags)) {
            context.board().started(trial, device);
            Recorded recorded;
            Optional<TrialHost.Executor> where = Optional.empty();
            boolean executorLost = false;
            long peakResidentBytes = 0;
            try {
                StageInputs.Resolved inputs = StageInputs.resolve(context, trial);
                if (!inputs.parentRunIds().isEmpty()) {
                    run.setTag(RunTags.PARENTS, String.join(",", inputs.parentRunIds()));
                }
                TrialHost.Launched launched = context.host().launch(job(trial, inputs, run.runId()), slot, log,
                        line -> ProgressLine.parse(line).ifPresent(progress -> context.board().progress(trial,
                                progress)));
                device = launched.device();
                where = launched.where();
                peakResidentBytes = launched.exit().peakResidentBytes();
                recorded = interpret(run.runId(), launched.exit(), log);
            } catch (StageInputs.Unavailable e) {
                recorded = Recorded.byRunner(TrainingOutcome.ERROR, e.getMessage());
            } catch (TrialHost.Lost e) {
                recorded = lost(run.runId(), e);
                where = e.where();
                executorLost = e.executorLost() && recorded.byRunner() && recorded.outcome() == TrainingOutcome.KILLED;
            } catch (IOException | UncheckedIOException e) {
                recorded = Recorded.byRunner(TrainingOutcome.ERROR, "cannot start the trial: " + e.getMessage());
            }
            where.ifPresent(executor -> {
                run.setTag(RunTags.EXECUTOR, executor.id());
                run.setTag(RunTags.HOST, executor.host());
            });
            finish(run, recorded, log, peakResidentBytes);
            return new Attempt(new TrialEnd(trial, recorded.outcome(), recorded.detail(), device,
                    Duration.ofNanos(System.nanoTime() - start)), executorLost && !context.stopping());
        }
    }

    private TrialJob job(PlannedTrial trial, StageInputs.Resolved inputs, String runId) {
        return new TrialJob(trial.key(), SpecYaml.toYaml(inputs.spec()), context.trackingUri(), runId,
                inputs.recordedAs(), inputs.checkpointRuns());
    }

    /**
     * A trial its host lost (a Spark task failed): killed when the sweep was interrupted; the trial's own record
     * when it ended by itself before the task was lost; killed, with the host's reason, when its executor went away
     * (the trial stops with its executor and records itself killed, but may not have got that far); else an error
     * with the host's reason, also when the trial recorded itself killed.
     */
    private Recorded lost(String runId, TrialHost.Lost lost) {
        if (context.stopping()) {
            return Recorded.byRunner(TrainingOutcome.KILLED, "the sweep was interrupted");
        }
        return ownRecord(runId).filter(own -> own.outcome() != TrainingOutcome.KILLED)
                .orElseGet(() -> Recorded.byRunner(lost.executorLost() ? TrainingOutcome.KILLED
                        : TrainingOutcome.ERROR, lost.getMessage()));
    }

    /** The outcome the trial recorded itself, once its run has ended. */
    private Optional<Recorded> ownRecord(String runId) {
        Optional<StoredRun> stored = context.tracker().findRun(runId).filter(run -> run.status().isTerminal());
        return stored.flatMap(TrialHistory::outcome).map(outcome -> new Recorded(outcome,
                stored.get().tags().getOrDefault(RunTags.ERROR, ""), false));
    }

    /**
     * The outcome a trial recorded in its local journal when its tracking server did not get everything (it exited
     * with status 3): its journal sends the rest later, and the runner ends the run with that outcome.
     */
    private Optional<Recorded> journaledRecord(String runId) {
        Path journals = context.journalRoot();
        return JournalSync.lastTag(journals, runId, RunTags.OUTCOME)
                .flatMap(tag -> Arrays.stream(TrainingOutcome.values()).filter(o -> o.tag().equals(tag)).findFirst())
                .map(outcome -> new Recorded(outcome, JournalSync.lastTag(journals, runId, RunTags.ERROR)
                        .orElse(""), false));
    }

    /** The trial's own record when it made one, else what its exit says. */
    private Recorded interpret(String runId, TrialProcess.Exit exit, Path log) {
        if (exit.timedOut()) {
            return Recorded.byRunner(TrainingOutcome.TIMEOUT, "ran past --trial-timeout "
                    + Clock.minutes(context.options().trialTimeout().orElseThrow().toSeconds()) + " and was stopped");
        }
        if (context.stopping()) {
            return Recorded.byRunner(TrainingOutcome.KILLED, "the sweep was interrupted");
        }
        Optional<Recorded> own = ownRecord(runId);
        if (own.isPresent()) {
            return own.get();
        }
        if (exit.status() == TRACKING_INCOMPLETE_STATUS) {
            Optional<Recorded> journaled = journaledRecord(runId);
            if (journaled.isPresent()) {
                return journaled.get();
            }
        }
        if (exit.status() == SIGKILL_STATUS) {
            return Recorded.byRunner(TrainingOutcome.OOM, String.format(Locale.ROOT, "the trial's JVM was killed "
                    + "(SIGKILL) at %.0f MB resident, most likely by the kernel's out-of-memory killer",
                    exit.peakResidentBytes() / MEGABYTE));
        }
        if (exit.status() == SIGTERM_STATUS) {
            return Recorded.byRunner(TrainingOutcome.KILLED, "the trial's JVM was terminated (SIGTERM)");
        }
        return Recorded.byRunner(TrainingOutcome.ERROR, "the trial's JVM exited with status " + exit.status()
                + lastLines(log));
    }

    private void finish(TrackedRun run, Recorded recorded, Path log, long peakResidentBytes) {
        if (Files.isRegularFile(log)) {
            try {
                run.logArtifact(TRIAL_LOG_ARTIFACT, Files.readAllBytes(log));
            } catch (IOException e) {
                context.board().note("cannot read the log of run " + run.runId() + ": " + e.getMessage());
            }
        }
        if (recorded.byRunner()) {
            run.setTag(RunTags.OUTCOME, recorded.outcome().tag());
            run.setTag(RunTags.ERROR, recorded.detail());
            if (recorded.outcome() == TrainingOutcome.OOM && peakResidentBytes > 0) {
                run.logMetric(RunMetrics.RSS_PEAK, peakResidentBytes / MEGABYTE, 0);
            }
        }
        run.end(statusOf(recorded.outcome()));
    }

    /**
     * Records a trial that is not run, with its params and why: one predicted over the memory budget
     * ({@code skipped-budget}), or a stage whose parent did not finish ({@code skipped-parent}).
     */
    static TrialEnd skip(Tracker tracker, String sweep, String parentRunId, PlannedTrial trial,
                         TrainingOutcome outcome, String why) {
        Map<String, String> tags = TrialHistory.childTags(sweep, parentRunId, trial, "-", outcome.tag());
        tags.put(RunTags.ERROR, why);
        try (TrackedRun run = tracker.startRun(sweep, trial.label(), tags)) {
            run.logParams(SpecParams.flatten(trial.spec()));
            run.end(statusOf(outcome));
        }
        return new TrialEnd(trial, outcome, why, "-", Duration.ZERO);
    }

    /** The MLflow status a run with this outcome ends with. */
    static RunStatus statusOf(TrainingOutcome outcome) {
        return switch (outcome) {
            case FINISHED -> RunStatus.FINISHED;
            case KILLED, SKIPPED_BUDGET, SKIPPED_PARENT -> RunStatus.KILLED;
            default -> RunStatus.FAILED;
        };
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_ERROR), lines.size());
            return tail.isEmpty() ? " and printed nothing" : ": " + String.join(" | ", tail);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** How one attempt at a trial ended, and whether the trial is to run again (its executor was lost). */
    private record Attempt(TrialEnd end, boolean runAgain) {
    }

    /** An outcome, and whether the runner decided it (so it must write the tags) rather than the trial. */
    private record Recorded(TrainingOutcome outcome, String detail, boolean byRunner) {
        static Recorded byRunner(TrainingOutcome outcome, String detail) {
            return new Recorded(outcome, detail, true);
        }
    }
}
