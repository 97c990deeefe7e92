package org.vfelab.experiments.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The waiting rules on a clock that only the pauses move, so no test waits. */
class RegistrationWaitTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();
    private final RegistrationWait wait = new RegistrationWait(now::get, pause -> now.addAndGet(pause.toNanos()));
    private final List<StartedProcess> running = List.of(StartedProcess.of("master", ProcessHandle.current()));

    @Test
    void itReturnsOnceEnoughWorkersAreAliveAndTellsEachRise() throws Exception {
        List<MasterStatus> answers = new ArrayList<>(List.of(status("DEAD", "DEAD"), status("ALIVE", "DEAD"),
                status("ALIVE", "ALIVE")));
        List<Integer> told = new ArrayList<>();

        MasterStatus ready = wait.await(() -> Optional.of(answers.size() > 1 ? answers.remove(0) : answers.get(0)),
                2, running, TIMEOUT, new ClusterDir(dir), told::add);

        assertThat(ready.aliveWorkers()).hasSize(2);
        assertThat(told).containsExactly(1, 2);
    }

    @Test
    void workersThatDoNotRegisterInTimeAreAnErrorSayingHowManyDid() {
        assertThatThrownBy(() -> wait.await(() -> Optional.of(status("ALIVE", "DEAD")), 2, running, TIMEOUT,
                new ClusterDir(dir), alive -> { }))
                .isInstanceOf(ClusterException.class)
                .hasMessageContaining("1 of 2 workers registered with the master within 10 s (--wait)")
                .hasMessageContaining(dir.resolve("logs").toString());
        assertThat(Duration.ofNanos(now.get())).isGreaterThanOrEqualTo(TIMEOUT);
    }

    @Test
    void aMasterThatNeverAnswersIsAnErrorPointingAtItsLog() {
        assertThatThrownBy(() -> wait.await(Optional::empty, 1, running, TIMEOUT, new ClusterDir(dir), alive -> { }))
                .hasMessageContaining("the master did not answer within 10 s")
                .hasMessageContaining(dir.resolve("logs/master.log").toString());
    }

    @Test
    void aProcessThatDiedEndsTheWaitAtOnceNamingItsLog() {
        List<StartedProcess> oneDead = List.of(running.get(0), new StartedProcess("worker-2",
                ProcessHandle.current().pid(), Instant.EPOCH));

        assertThatThrownBy(() -> wait.await(() -> Optional.of(status("ALIVE")), 2, oneDead, TIMEOUT,
                new ClusterDir(dir), alive -> { }))
                .hasMessageContaining("the worker-2 (pid " + ProcessHandle.current().pid() + ") ended while the "
                        + "cluster started")
                .hasMessageContaining(dir.resolve("logs/worker-2.log").toString());
        assertThat(now.get()).as("no pause before giving up").isZero();
    }

    private static MasterStatus status(String... states) {
        List<MasterStatus.Worker> workers = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            workers.add(new MasterStatus.Worker("worker-" + i, "127.0.0.1", states[i], 1, 1024));
        }
        return new MasterStatus("spark://127.0.0.1:7077", "ALIVE", workers);
    }
}
