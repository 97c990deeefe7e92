package org.vfelab.experiments.cli;

/** Process exit codes of the CLI, so scripts can tell a bad descriptor from a failed trial. */
public final class ExitCodes {
    /** The trial finished. */
    public static final int OK = 0;
    /** The trial ran but did not finish (diverged, out of memory, error). */
    public static final int TRIAL_FAILED = 1;
    /** The descriptor or the command line is invalid; nothing was trained. */
    public static final int BAD_INPUT = 2;
    /**
     * The tracking store could not be reached before training (nothing was trained), or a tracking server did not
     * get everything the run logged (the run's journal keeps the rest for {@code vfe runs sync}).
     */
    public static final int TRACKING_UNAVAILABLE = 3;
    /** A sweep on Spark could not start Spark or reach its cluster; no trial ran. */
    public static final int SPARK_UNAVAILABLE = 4;

    private ExitCodes() {
    }
}
