package org.vfelab.experiments.trial;

import java.io.PrintWriter;
import java.time.Duration;
import org.vfelab.spec.TrackingSpec;
import org.vfelab.tracking.ServerOptions;
import org.vfelab.tracking.Tracker;

/**
 * The tracker a descriptor's {@code tracking:} section asks for, with its journal directory, retry deadline and
 * request timeout, and the server's comings and goings reported on the command's error stream.
 */
public final class Trackers {
    private Trackers() {
    }

    /** The server options of {@code tracking}, notices going to {@code err}. */
    public static ServerOptions options(TrackingSpec tracking, PrintWriter err) {
        return ServerOptions.of(tracking.journalDirectory(), seconds(tracking.retryForSeconds()),
                seconds(tracking.requestTimeoutSeconds())).withNotices(line -> {
                    err.println(line);
                    err.flush();
                });
    }

    /**
     * The tracker of {@code tracking}; {@code serverKnownUp} for a sweep's trial, whose runner has just reached the
     * server, so that even its first request waits out a short outage.
     */
    public static Tracker of(TrackingSpec tracking, PrintWriter err, boolean serverKnownUp) {
        return Tracker.forUri(tracking.uri(), options(tracking, err).withRetryFirstContact(serverKnownUp));
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
