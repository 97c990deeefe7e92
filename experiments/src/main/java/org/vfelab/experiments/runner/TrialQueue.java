package org.vfelab.experiments.runner;

import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Deals a sweep's trials to the device slots in plan order, holding a stage back until every trial it starts from
 * has finished, in this invocation or before. A trial whose parents all finished is handed out to run; one with a
 * parent that ended any other way is handed out to be recorded as {@code skipped-parent}, and so, in turn, are its
 * own children. Meanwhile independent trials (another seed's chain) go ahead. A slot asking for work while every
 * trial left waits on a running one waits in {@link #next} until a trial ends. Thread-safe.
 */
final class TrialQueue {

    private final List<PlannedTrial> waiting;
    private final Map<String, TrainingOutcome> settled = new HashMap<>();
    private final BooleanSupplier halted;
    private int running;

    /**
     * @param toRun    the trials to run now, each after the trials it starts from (the plan's order)
     * @param standing how the sweep's other trials stand, by trial key: finished or failed before, or skipped now
     * @param halted   whether to hand out nothing more: the sweep was interrupted, or tracking failed
     */
    TrialQueue(List<PlannedTrial> toRun, Map<PlannedTrial, TrainingOutcome> standing, BooleanSupplier halted) {
        this.waiting = new ArrayList<>(toRun);
        this.halted = halted;
        standing.forEach((trial, outcome) -> settled.put(trial.key(), outcome));
    }

    /**
     * The next trial to handle, waiting while every trial left waits on a running one; empty when none is left or
     * the sweep halted.
     */
    synchronized Optional<Turn> next() throws InterruptedException {
        while (!halted.getAsBoolean() && !waiting.isEmpty()) {
            for (Iterator<PlannedTrial> trials = waiting.iterator(); trials.hasNext(); ) {
                Optional<Turn> turn = turn(trials.next());
                if (turn.isPresent()) {
                    trials.remove();
                    if (turn.get().skipped().isPresent()) {
                        settled.put(turn.get().trial().key(), TrainingOutcome.SKIPPED_PARENT);
                    } else {
                        running++;
                    }
                    return turn;
                }
            }
            if (running == 0) {
                throw new IllegalStateException("trials wait on parents that never run: " + String.join(", ",
                        waiting.stream().map(PlannedTrial::label).toList()));
            }
            wait();
        }
        return Optional.empty();
    }

    /** Records how a trial handed out to run ended, which may let its children go. */
    synchronized void ended(PlannedTrial trial, TrainingOutcome outcome) {
        running--;
        settled.put(trial.key(), outcome);
        notifyAll();
    }

    /** The trial's turn if it can have one now: skipped when a parent did not finish, run when all did. */
    private Optional<Turn> turn(PlannedTrial trial) {
        boolean ready = true;
        for (PlannedTrial parent : trial.parents()) {
            TrainingOutcome outcome = settled.get(parent.key());
            if (outcome != null && outcome != TrainingOutcome.FINISHED) {
                return Optional.of(new Turn(trial, Optional.of("its parent '" + parent.label() + "' ended "
                        + outcome.tag())));
            }
            ready &= outcome != null;
        }
        return ready ? Optional.of(new Turn(trial, Optional.empty())) : Optional.empty();
    }

    /**
     * A trial handed out to a slot.
     *
     * @param skipped why it is not run but recorded as {@code skipped-parent}; empty: run it
     */
    record Turn(PlannedTrial trial, Optional<String> skipped) {
    }
}
