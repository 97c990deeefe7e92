package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mlflow.api.proto.Service;

class RunStatusTest {
    @Test
    void codesAndNamesAreMlflows() {
        for (RunStatus status : RunStatus.values()) {
            assertThat(Service.RunStatus.valueOf(status.name()).getNumber()).isEqualTo(status.code());
            assertThat(RunStatus.fromCode(status.code())).isEqualTo(status);
        }
        assertThat(RunStatus.FINISHED.code()).isEqualTo(3);
        assertThatThrownBy(() -> RunStatus.fromCode(6)).hasMessageContaining("6");
    }

    @Test
    void onlyFinishedFailedAndKilledEndARun() {
        assertThat(RunStatus.values()).filteredOn(RunStatus::isTerminal)
                .containsExactly(RunStatus.FINISHED, RunStatus.FAILED, RunStatus.KILLED);
    }
}
