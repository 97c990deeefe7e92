package org.vfelab.experiments.runner;

/** Spark could not start, or no executor of its cluster registered: a sweep on Spark ran nothing. */
public final class SparkUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    SparkUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
