package org.vfelab.experiments.runner;

import org.vfelab.tracking.TrackingException;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The device slots of a sweep at work: one thread per slot takes the next trial from the {@link TrialQueue}, runs
 * it, or records it as {@code skipped-parent}, and reports how it ended, until no trial is left or the sweep halts
 * (interrupted, or the tracking store failed, after which no further trial starts).
 */
final class SlotWorkers {

    private final SweepContext context;
    private final TrialExecution execution;
    private final Map<PlannedTrial, TrialEnd> ends;
    private final AtomicReference<TrackingException> trackingFailure = new AtomicReference<>();
    private final TrialQueue queue;

    /**
     * @param standing how the trials not in {@code toRun} stand (see {@link TrialQueue})
     * @param ends     where each trial's end is put as it ends
     */
    SlotWorkers(SweepContext context, List<PlannedTrial> toRun, Map<PlannedTrial, TrainingOutcome> standing,
                Map<PlannedTrial, TrialEnd> ends) {
        this.context = context;
        this.execution = new TrialExecution(context);
        this.ends = ends;
        this.queue = new TrialQueue(toRun, standing, () -> context.stopping() || trackingFailure.get() != null);
    }

    /** Works through the trials on every slot, returning when all slots are done; the failure that halted them. */
    Optional<TrackingException> runAll(List<DeviceSlot> slots) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (DeviceSlot slot : slots) {
            Thread worker = new Thread(() -> {
                try {
                    for (Optional<TrialQueue.Turn> turn = queue.next(); turn.isPresent(); turn = queue.next()) {
                        take(turn.get(), slot);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sweep-slot-" + slot.tag() + "-" + workers.size());
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return Optional.ofNullable(trackingFailure.get());
    }

    /** Runs or records one trial; a failure of the runner's own is recorded as the trial's error. */
    private void take(TrialQueue.Turn turn, DeviceSlot slot) throws InterruptedException {
        PlannedTrial trial = turn.trial();
        TrainingOutcome outcome = TrainingOutcome.ERROR;
        try {
            TrialEnd end = turn.skipped().isPresent() ? TrialExecution.skip(context.tracker(), context.sweepName(),
                    context.parentRunId(), trial, TrainingOutcome.SKIPPED_PARENT, turn.skipped().get())
                    : execution.run(trial, slot);
            outcome = end.outcome();
            ended(end);
        } catch (TrackingException e) {
            trackingFailure.compareAndSet(null, e);
            context.board().note("tracking failed, no further trials start: " + e.getMessage());
        } catch (RuntimeException e) {
            // A bug of the runner's own: the trial's run was closed as FAILED; the others go on.
            ended(new TrialEnd(trial, TrainingOutcome.ERROR, "the sweep runner failed: " + e, slot.tag(),
                    Duration.ZERO));
        } finally {
            if (turn.skipped().isEmpty()) {
                queue.ended(trial, outcome);
            }
        }
    }

    private void ended(TrialEnd end) {
        ends.put(end.trial(), end);
        context.board().ended(end);
    }
}
