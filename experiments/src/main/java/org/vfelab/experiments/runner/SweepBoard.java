package org.vfelab.experiments.runner;

import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.trial.ProgressLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * What a running sweep shows the user: a live table on a terminal, plain log lines otherwise (CI logs, a file).
 * Called from the runner's worker threads.
 */
interface SweepBoard extends AutoCloseable {

    /** A trial started on a device. */
    void started(PlannedTrial trial, String device);

    /** A trial printed a progress line. */
    void progress(PlannedTrial trial, ProgressLine line);

    /** A trial ended, or was skipped without running. */
    void ended(TrialEnd end);

    /** A message about the sweep as a whole. */
    void note(String message);

    /** Stops live updates; the board has printed its final state. */
    @Override
    void close();

    /** A live table when {@code interactive} (stdout is a terminal), plain lines otherwise. */
    static SweepBoard of(PrintWriter out, boolean interactive, List<PlannedTrial> toRun) {
        return interactive ? new LiveBoard(out, toRun) : new LogBoard(out, toRun);
    }
}
