package org.vfelab.tracking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Delivers a {@link RunJournal} to its tracking server, in order, on a thread of its own while a run trains (or
 * inline for {@code vfe runs sync}). A request that fails for a reason that may pass (unreachable, timed out,
 * broken off, 5xx) is retried after a {@link Backoff}, as long as the server has been failing for less than
 * {@code retryFor}; after that, delivery stops and the journal keeps the rest. A request the server refuses (4xx)
 * is reported and skipped, as sending it again would be refused again. What was acknowledged is written to the
 * journal at once, so nothing is sent twice across retries, processes and syncs.
 */
final class JournalSender implements Runnable {
    private static final long NANOS_PER_MILLI = 1_000_000;

    private final RunJournal journal;
    private final Delivery delivery;
    private final Duration retryFor;
    private final Backoff backoff;
    private final Duration linger;
    private final Consumer<String> notices;
    private final Random random = new Random();
    private volatile TrackingException stoppedBy;
    private volatile TrackingException firstRejection;
    private volatile boolean finished;
    private volatile boolean outageSeen;
    private boolean inDoubt;
    private int failures;
    private long outageStart = -1;

    /**
     * @param inDoubt whether the first request may already have been applied (a journal left by another process)
     * @param linger  how long a live run's sender lets metric points gather before it sends a short batch
     * @param notices where the sender says that the server went away, came back or was given up on
     */
    JournalSender(RunJournal journal, Delivery delivery, Duration retryFor, Duration linger, boolean inDoubt,
                  Consumer<String> notices) {
        this.journal = journal;
        this.delivery = delivery;
        this.retryFor = retryFor;
        this.backoff = Backoff.within(retryFor);
        this.linger = linger;
        this.inDoubt = inDoubt;
        this.notices = notices;
    }

    /** Sends until the journal is sealed and every event sent, or delivery stops. */
    @Override
    public void run() {
        try {
            while (!journal.drained() || !journal.sealed()) {
                if (!journal.awaitPending(linger.toMillis() + 1)) {
                    continue;
                }
                journal.awaitBatch(Delivery.MAX_METRICS_PER_BATCH, linger.toMillis());
                if (!sendNext()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TrackingException e) {
            stoppedBy = e;
        } finally {
            finished = true;
        }
    }

    /** Whether sending stopped before everything was sent. */
    Optional<TrackingException> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /** The first request the server refused; its events were skipped. */
    Optional<TrackingException> firstRejection() {
        return Optional.ofNullable(firstRejection);
    }

    /** Whether the server failed for a while and delivery caught up afterwards. */
    boolean caughtUp() {
        return outageSeen;
    }

    /** Whether the sender has stopped (everything sent, or given up). */
    boolean finished() {
        return finished;
    }

    /**
     * Waits until every event so far is sent or delivery stops; at most as long as delivery may still try.
     *
     * @return whether every event was sent
     */
    boolean awaitSent() throws InterruptedException {
        journal.hurry();
        while (!journal.drained() && !finished && stoppedBy == null) {
            Thread.sleep(20);
        }
        return journal.drained();
    }

    /** Sends the next request's events; false when delivery must stop. */
    private boolean sendNext() throws InterruptedException {
        List<ObjectNode> pending = journal.pending(Delivery.MAX_METRICS_PER_BATCH);
        List<ObjectNode> events = pending.subList(0, Delivery.span(pending));
        try {
            delivery.send(events, inDoubt);
            journal.acknowledge(events.size());
            inDoubt = false;
            recovered();
            return true;
        } catch (RestException e) {
            if (e.missing() || e.retryable() && !waitBeforeRetry(e)) {
                stoppedBy = e;
                notices.accept("vfe: tracking: gave up sending to the server: " + e.getMessage() + "; the journal "
                        + journal.directory() + " keeps what is not sent: 'vfe runs sync " + journal.directory()
                        + "' sends it");
                return false;
            }
            if (!e.retryable()) {
                if (firstRejection == null) {
                    firstRejection = e;
                }
                notices.accept("vfe: tracking: " + e.getMessage() + "; skipped");
                journal.acknowledge(events.size());
            } else if (e.kind() == RestException.Kind.IN_DOUBT) {
                inDoubt = true;
            }
            return true;
        }
    }

    /** Waits before the next attempt; false when the server has been failing for {@code retryFor} already. */
    private boolean waitBeforeRetry(RestException failure) throws InterruptedException {
        long now = System.nanoTime();
        failures++;
        if (outageStart < 0) {
            outageStart = now;
            notices.accept("vfe: tracking: " + failure.getMessage() + "; training goes on, journaling to "
                    + journal.directory() + ", retrying for up to " + retryFor.toSeconds() + " s");
        }
        long left = outageStart + retryFor.toNanos() - now;
        if (left <= 0) {
            return false;
        }
        Thread.sleep(Math.max(1, Math.min(backoff.delay(failures, random).toMillis(), left / NANOS_PER_MILLI)));
        return true;
    }

    private void recovered() {
        if (outageStart >= 0) {
            long seconds = (System.nanoTime() - outageStart) / 1_000_000_000L;
            notices.accept("vfe: tracking: the server answers again after " + seconds + " s; catching up from "
                    + journal.directory());
            outageStart = -1;
            failures = 0;
            outageSeen = true;
        }
    }
}
