package org.vfelab.experiments.runner;

import org.vfelab.tracking.Tracker;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every trial execution of one sweep invocation shares.
 *
 * @param host    where the trials' JVMs run
 * @param workDir     where the trials' resolved descriptors and logs are written while they run
 * @param journalRoot where the trials on this machine journal what they log for a tracking server
 */
record SweepContext(Tracker tracker, String trackingUri, String sweepName, String parentRunId, SweepOptions options,
                    TrialHost host, Path workDir, Path journalRoot, SweepBoard board, AtomicBoolean interrupted) {

    boolean stopping() {
        return interrupted.get();
    }
}
