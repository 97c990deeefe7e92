package org.vfelab.experiments.runner;

import java.io.Serializable;

/**
 * What one executor reported to {@code vfe cluster check} ({@link ExecutorProbe}); serializable, as the task sends it
 * back to the driver.
 *
 * @param java      its Java's version and home
 * @param vfe       vfe's {@code --version} and the class path a trial would run with, or why it failed
 * @param sparkGpus the GPU addresses Spark gave the task ({@code none} without {@code --gpus-per-task})
 * @param visible   the GPUs {@code nvidia-smi -L} lists on its machine
 */
public record ExecutorReport(String executor, String host, String java, String vfe, String sparkGpus, String visible)
        implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FAILED = "FAILED";

    /** The report of a probe whose vfe JVM did not start or answer. */
    static String failed(String why) {
        return FAILED + " (" + why + ")";
    }

    /** Whether a trial could start there. */
    public boolean vfeFound() {
        return !vfe.startsWith(FAILED);
    }
}
