package org.vfelab.tracking;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * A process that starts a run on a tracking server, logs {@code steps} loss values and then waits to be killed,
 * so a test can leave a journal the way a JVM killed with {@code kill -9} leaves it. Arguments: the server URI,
 * the journal directory, the number of steps.
 */
public final class JournalWriterMain {
    private JournalWriterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Tracker tracker = new RestTracker(URI.create(args[0]), TestServers.options(Path.of(args[1])));
        TrackedRun run = tracker.startRun("killed", "victim", Map.of());
        int steps = Integer.parseInt(args[2]);
        for (long step = 1; step <= steps; step++) {
            run.logMetric("loss", 1.0 / step, step);
        }
        System.out.println("logged " + run.runId());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
