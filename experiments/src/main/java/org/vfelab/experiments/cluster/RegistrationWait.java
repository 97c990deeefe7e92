package org.vfelab.experiments.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Waits until the master lists the cluster's workers as alive, giving up early when one of the processes started
 * has died (its log says why) and at the deadline otherwise. The clock and the pause are handed in, so that the
 * rules can be tried without waiting.
 */
final class RegistrationWait {

    /** Asks the master for its status; empty while it does not answer yet. */
    interface Poll {
        Optional<MasterStatus> status();
    }

    /** Pauses between polls. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final LongSupplier nanoTime;
    private final Pause pause;

    RegistrationWait(LongSupplier nanoTime, Pause pause) {
        this.nanoTime = nanoTime;
        this.pause = pause;
    }

    /** On the system clock, sleeping between polls. */
    static RegistrationWait system() {
        return new RegistrationWait(System::nanoTime, duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * Polls until {@code workers} workers are alive.
     *
     * @param processes the processes started, checked at every poll
     * @param progress  told each time the count of alive workers rises
     * @return the master's status with the workers alive
     * @throws ClusterException when a process died or the workers did not register within {@code timeout}
     */
    MasterStatus await(Poll poll, int workers, List<StartedProcess> processes, Duration timeout, ClusterDir dir,
                       Consumer<Integer> progress) throws ClusterException, InterruptedException {
        long deadline = nanoTime.getAsLong() + timeout.toNanos();
        int seen = 0;
        Optional<MasterStatus> last = Optional.empty();
        while (true) {
            for (StartedProcess process : processes) {
                if (!process.alive()) {
                    throw new ClusterException("the " + process.role() + " (pid " + process.pid() + ") ended while "
                            + "the cluster started; its log " + dir.log(process.role()) + " says why");
                }
            }
            Optional<MasterStatus> now = poll.status();
            if (now.isPresent()) {
                last = now;
            }
            int alive = last.map(status -> status.aliveWorkers().size()).orElse(0);
            if (alive > seen) {
                seen = alive;
                progress.accept(alive);
            }
            if (alive >= workers) {
                return last.get();
            }
            if (nanoTime.getAsLong() - deadline >= 0) {
                throw new ClusterException(last.isEmpty() ? "the master did not answer within "
                        + timeout.toSeconds() + " s; its log " + dir.log("master") + " says why"
                        : alive + " of " + workers + " workers registered with the master within " + timeout.toSeconds()
                        + " s (--wait); the workers' logs in " + dir.logs() + " say why");
            }
            pause.sleep(POLL_INTERVAL);
        }
    }
}
