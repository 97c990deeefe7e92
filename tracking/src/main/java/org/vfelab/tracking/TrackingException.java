package org.vfelab.tracking;

/**
 * A tracking store could not do what was asked. Unchecked because a training loop cannot recover from a lost
 * store any better than by failing the trial; the message always names the store (directory or server URI)
 * and what failed, so a sweep log says which trial lost what without a stack trace.
 */
public class TrackingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrackingException(String message) {
        super(message);
    }

    public TrackingException(String message, Throwable cause) {
        super(message, cause);
    }
}
