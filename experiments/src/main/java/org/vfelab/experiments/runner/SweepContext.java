package org.vfelab.experiments.runner;

import org.vfelab.core.tracking.Tracker;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every trial execution of one sweep invocation shares.
 *
 * @param javaCommand the command that starts the CLI in a new JVM, e.g. {@code java -Xmx2g -cp ... VfeCommand}
 * @param workDir     where the trials' resolved descriptors and logs are written while they run
 * @param live        the trial JVMs running now, stopped when the sweep is interrupted
 */
record SweepContext(Tracker tracker, String trackingUri, String sweepName, String parentRunId, SweepOptions options,
                    List<String> javaCommand, Path workDir, SweepBoard board, Set<TrialProcess> live,
                    AtomicBoolean interrupted) {

    boolean stopping() {
        return interrupted.get();
    }
}
