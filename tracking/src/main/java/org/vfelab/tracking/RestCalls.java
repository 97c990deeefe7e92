package org.vfelab.tracking;

import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The requests a {@link RestTracker} makes and waits for (creating, finding and searching runs), retried like a
 * journal's delivery once the server has answered this process before: a server lost in the middle of a sweep is
 * waited for (up to {@code retryFor}), while a server that cannot be reached at all fails the first call at once, so
 * a wrong URI costs seconds, not minutes.
 */
final class RestCalls {
    private final ServerOptions options;
    private final Backoff backoff;
    private final Random random = new Random();
    private final AtomicBoolean answered = new AtomicBoolean();

    RestCalls(ServerOptions options) {
        this.options = options;
        this.backoff = Backoff.within(options.retryFor());
    }

    /** The result of {@code request}, retried while it fails in a way that may pass and time is left. */
    <T> T call(Supplier<T> request) {
        long start = -1;
        int failures = 0;
        while (true) {
            try {
                T result = request.get();
                answered.set(true);
                return result;
            } catch (RestException e) {
                if (!e.retryable() || !answered.get() && !options.retryFirstContact()) {
                    throw e;
                }
                long now = System.nanoTime();
                if (start < 0) {
                    start = now;
                    options.notices().accept("vfe: tracking: " + e.getMessage() + "; retrying for up to "
                            + options.retryFor().toSeconds() + " s");
                }
                long left = start + options.retryFor().toNanos() - now;
                if (left <= 0) {
                    throw e;
                }
                sleep(Math.min(backoff.delay(++failures, random).toMillis(), left / 1_000_000 + 1));
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackingException("interrupted while waiting for the tracking server", e);
        }
    }
}
