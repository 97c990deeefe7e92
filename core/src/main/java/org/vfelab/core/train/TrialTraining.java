package org.vfelab.core.train;

/**
 * One trial's training and evaluation, whatever its task: the contrastive dual encoder ({@link Trainer}), the
 * caption language model or video-to-text captioning.
 */
public interface TrialTraining {

    /** Trains, evaluates when training finished, and reports both to {@code listener}. */
    TrainingResult run(TrainingListener listener);
}
