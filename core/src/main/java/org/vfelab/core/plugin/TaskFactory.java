package org.vfelab.core.plugin;

import org.vfelab.core.train.TrialTraining;

/**
 * Builds what a trial trains; bound per short name ({@code task.type}) in a {@code MapBinder}, so that the stages
 * after contrastive pre-training live in their own modules.
 */
@FunctionalInterface
public interface TaskFactory {
    TrialTraining create(TaskContext trial);
}
