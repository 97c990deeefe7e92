package org.vfelab.experiments.trial;

import org.vfelab.core.checkpoint.CheckpointException;
import org.vfelab.core.data.DataFileException;
import org.vfelab.core.memory.OutOfMemory;
import org.vfelab.tracking.TrainingOutcome;

/**
 * Classifies why a trial failed: Java heap or native (ND4J, CUDA) allocation failures are {@code oom} (a data
 * point of the memory figure, not a bug); anything else is {@code error}.
 */
final class FailureKind {

    private FailureKind() {
    }

    static TrainingOutcome of(Throwable failure) {
        return OutOfMemory.isCause(failure) ? TrainingOutcome.OOM : TrainingOutcome.ERROR;
    }

    /**
     * Whether the failure is a bad input file (a checkpoint that does not fit, a caption index with a bad row),
     * which a stack trace would not help.
     */
    static boolean badInput(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CheckpointException || t instanceof DataFileException) {
                return true;
            }
        }
        return false;
    }

    /** The failure and its root cause, on one line (a Guice provision failure reads as its cause). */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (failure instanceof com.google.inject.ProvisionException) {
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root == failure ? text : text + " (caused by " + root.getClass().getSimpleName() + ": "
                + root.getMessage() + ")";
    }
}
