package org.vfelab.core.checkpoint;

/**
 * A checkpoint that cannot be written, read or applied. Unchecked because a trial that was told to start from a
 * checkpoint cannot do anything sensible without it; the message always starts with the checkpoint file and says
 * what is wrong, so a sweep log shows which trial pointed at which bad file without a stack trace.
 */
public class CheckpointException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
