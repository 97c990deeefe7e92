package org.vfelab.spec;

import static org.vfelab.spec.Check.atLeast;
import static org.vfelab.spec.Check.present;
import static org.vfelab.spec.Check.require;

/**
 * The optimisation budget and learning-rate schedule of one trial.
 *
 * @param steps       optimiser steps, >= 0 (0: evaluation only, e.g. a short-video model scored on long clips)
 * @param batchSize   clips per step, >= 2 (a contrastive batch needs negatives)
 * @param lr          peak learning rate, > 0
 * @param warmupSteps linear warmup steps, in [0, steps)
 * @param schedule    decay after warmup
 * @param logEvery    steps between metric logs, >= 1
 */
public record TrainingSpec(int steps, int batchSize, double lr, int warmupSteps, LrSchedule schedule,
        int logEvery) {

    /** Checks each range and that warmup ends before training does. */
    public TrainingSpec {
        atLeast("steps", steps, 0);
        atLeast("batch_size", batchSize, 2);
        Check.positive("lr", lr);
        require(warmupSteps >= 0 && warmupSteps < Math.max(1, steps), "warmup_steps",
                "must be in [0, steps) = [0, " + steps + "), got " + warmupSteps);
        present("schedule", schedule);
        atLeast("log_every", logEvery, 1);
    }
}
