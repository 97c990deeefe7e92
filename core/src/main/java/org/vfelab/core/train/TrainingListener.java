package org.vfelab.core.train;

import org.vfelab.core.eval.FamilyScores;

import java.util.List;

/** Observes a training run (progress output, experiment tracking); called on the training thread. */
public interface TrainingListener {

    /** After every optimizer step. */
    void onStep(StepReport report);

    /** After each evaluation, with one entry per eval set (caption families and their perturbed variants). */
    void onEvaluation(int step, List<FamilyScores> scores);
}
