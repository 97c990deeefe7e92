package org.vfelab.experiments.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process the loopback cluster started, by its id and start time: an id alone may have been reused by another
 * process since, so a process is taken for this one only when both match.
 *
 * @param role    {@code master}, {@code worker-1}, ...
 * @param pid     its process id
 * @param started when it started, as the operating system reports it
 */
public record StartedProcess(String role, long pid, Instant started) {

    /** How long a process asked to stop gets before it is killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(15);

    public StartedProcess {
        if (!role.matches("master|worker-\\d+")) {
            throw new IllegalArgumentException("'" + role + "' is not a cluster role (master, worker-N)");
        }
        if (pid <= 0) {
            throw new IllegalArgumentException("process id must be positive, got " + pid);
        }
    }

    /** The record of a process just started. */
    static StartedProcess of(String role, ProcessHandle process) {
        return new StartedProcess(role, process.pid(), process.info().startInstant().orElse(Instant.EPOCH));
    }

    /** The process, while it runs and is still the one that was started. */
    public Optional<ProcessHandle> running() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().startInstant().map(started::equals).orElse(false));
    }

    /** Whether it still runs. */
    public boolean alive() {
        return running().isPresent();
    }

    /**
     * Asks it to stop (SIGTERM: a worker then stops its executors) and kills it if it has not within
     * {@link #STOP_GRACE}; false when it had already ended.
     */
    boolean stop() throws InterruptedException {
        Optional<ProcessHandle> process = running();
        if (process.isEmpty()) {
            return false;
        }
        process.get().destroy();
        try {
            process.get().onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.get().destroyForcibly();
        }
        return true;
    }

    /** Kills it at once (SIGKILL), as a machine that dies would: for trying what a sweep does when a worker dies. */
    public void kill() {
        running().ifPresent(ProcessHandle::destroyForcibly);
    }
}
