package org.vfelab.core.train;

import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.eval.FamilyScores;

import java.util.List;
import java.util.Map;

/**
 * Observes a training run (progress output, experiment tracking, checkpoints); called on the training thread.
 * Every event is optional to observe.
 */
public interface TrainingListener {

    /** Once, after the model is built and before the first step. */
    default void onModelBuilt(ModelSummary summary) {
    }

    /**
     * Once, with the training graph after its gradients are built and before the first step; a benchmark attaches
     * SameDiff listeners here (which then see every op of the steps that follow).
     */
    default void onGraphBuilt(SameDiff training) {
    }

    /** After every optimizer step. */
    default void onStep(StepReport report) {
    }

    /** Once, when training finished normally, with the trained graph (still owned by the trainer). */
    default void onTrained(SameDiff graph) {
    }

    /** After each evaluation, with one entry per eval set (caption families and their perturbed variants). */
    default void onEvaluation(int step, List<FamilyScores> scores) {
    }

    /**
     * After the evaluation of a task other than retrieval, with its scores by metric key (captioning:
     * {@code rouge_l}, {@code cider} and per family {@code temporal/rouge_l}; language model: {@code eval_loss}).
     */
    default void onTaskScores(int step, Map<String, Double> scores) {
    }
}
