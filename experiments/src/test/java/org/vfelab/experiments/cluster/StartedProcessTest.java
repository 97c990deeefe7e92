package org.vfelab.experiments.cluster;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartedProcessTest {

    @Test
    void aProcessIsTheOneStartedOnlyWhileItsIdAndStartTimeBothMatch() throws Exception {
        ProcessHandle self = ProcessHandle.current();
        StartedProcess recorded = StartedProcess.of("worker-1", self);
        StartedProcess reusedId = new StartedProcess("worker-1", self.pid(), Instant.EPOCH);
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        StartedProcess gone = StartedProcess.of("worker-2", ended.toHandle());

        assertThat(recorded.alive()).isTrue();
        assertThat(reusedId.alive()).as("another process that got the id since").isFalse();
        assertThat(reusedId.stop()).as("never stopped").isFalse();
        assertThat(gone.alive()).isFalse();
        assertThat(gone.stop()).isFalse();
    }

    @Test
    void stoppingAskedFirstThenEndsTheProcess() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "600").start();
        StartedProcess started = StartedProcess.of("worker-1", sleeper.toHandle());

        assertThat(started.stop()).isTrue();

        assertThat(sleeper.waitFor()).isEqualTo(128 + 15);
        assertThat(started.alive()).isFalse();
    }

    @Test
    void onlyTheClustersRolesAreRecorded() {
        assertThatThrownBy(() -> new StartedProcess("executor-1", 1, Instant.EPOCH))
                .hasMessageContaining("'executor-1' is not a cluster role (master, worker-N)");
        assertThatThrownBy(() -> new StartedProcess("master", 0, Instant.EPOCH))
                .hasMessageContaining("process id must be positive");
    }
}
