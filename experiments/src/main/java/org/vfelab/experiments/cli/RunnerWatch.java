package org.vfelab.experiments.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * Ties a sweep's trial JVM to its runner. The runner keeps the trial's standard input open and never writes to
 * it; when the runner dies, even by SIGKILL, the pipe closes, and the trial stops (its shutdown hook records the
 * run as killed) instead of training on as an orphan that a resumed sweep would run a second time.
 */
final class RunnerWatch {

    /** The exit status of a trial stopped because its runner went away (128 + SIGTERM, like a terminated process). */
    static final int RUNNER_GONE = 143;

    private RunnerWatch() {
    }

    /** Starts a daemon thread that exits the JVM once standard input reaches its end. */
    static void exitWhenStdinCloses(PrintWriter err) {
        Thread watch = new Thread(() -> {
            drain(System.in);
            err.println("vfe: the sweep runner went away; stopping this trial");
            err.flush();
            System.exit(RUNNER_GONE);
        }, "sweep-runner-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // The runner writes nothing; anything that arrives is ignored.
            }
        } catch (IOException e) {
            // A broken pipe means the runner is gone, like the end of the stream.
        }
    }
}
