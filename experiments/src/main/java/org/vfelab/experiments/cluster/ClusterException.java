package org.vfelab.experiments.cluster;

/** The loopback cluster could not be started, found or stopped as asked; the message says why and what to do. */
public final class ClusterException extends Exception {

    private static final long serialVersionUID = 1L;

    ClusterException(String message) {
        super(message);
    }

    ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
