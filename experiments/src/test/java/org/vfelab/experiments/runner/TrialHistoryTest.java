package org.vfelab.experiments.runner;

import org.junit.jupiter.api.Test;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.StoredRun;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class TrialHistoryTest {

    private static StoredRun run(String id, String key, RunStatus status, String outcome) {
        return new StoredRun(id, "1", "trial " + id, status, "me", "file:///x", id.hashCode(), OptionalLong.empty(),
                Map.of(), Map.of(RunTags.TRIAL_KEY, key, RunTags.OUTCOME, outcome));
    }

    @Test
    void aFinishedRunMakesItsTrialDoneEvenAfterLaterFailures() {
        TrialHistory history = new TrialHistory(List.of(run("a", "k1", RunStatus.FINISHED, "finished"),
                run("b", "k1", RunStatus.FAILED, "oom")));

        TrialHistory.Decision decision = history.decide("k1", true);

        assertThat(decision.action()).isEqualTo(TrialHistory.Action.DONE);
        assertThat(decision.previous().orElseThrow().runId()).isEqualTo("a");
    }

    @Test
    void repeatableFailuresWaitForRerunFailedWhileKilledAndUnknownTrialsRun() {
        TrialHistory history = new TrialHistory(List.of(run("a", "oom", RunStatus.FAILED, "oom"),
                run("b", "diverged", RunStatus.FAILED, "diverged"), run("c", "timeout", RunStatus.FAILED, "timeout"),
                run("d", "error", RunStatus.FAILED, "error"), run("e", "killed", RunStatus.KILLED, "killed"),
                run("f", "budget", RunStatus.KILLED, "skipped-budget"),
                run("g", "parent", RunStatus.KILLED, "skipped-parent")));

        for (String key : List.of("oom", "diverged", "timeout", "error")) {
            assertThat(history.decide(key, false).action()).as(key).isEqualTo(TrialHistory.Action.FAILED_BEFORE);
            assertThat(history.decide(key, true).action()).as(key).isEqualTo(TrialHistory.Action.RUN);
        }
        for (String key : List.of("killed", "budget", "parent", "never-seen")) {
            assertThat(history.decide(key, false).action()).as(key).isEqualTo(TrialHistory.Action.RUN);
        }
    }

    @Test
    void onlyTheLastRunOfAKeyDecidesAndRunningOnesAreAbandoned() {
        TrialHistory history = new TrialHistory(List.of(run("a", "k", RunStatus.FAILED, "oom"),
                run("b", "k", RunStatus.KILLED, "killed"), run("c", "k2", RunStatus.RUNNING, "running")));

        assertThat(history.decide("k", false).action()).isEqualTo(TrialHistory.Action.RUN);
        assertThat(history.decide("k2", false).action()).isEqualTo(TrialHistory.Action.RUN);
        assertThat(history.abandoned()).extracting(StoredRun::runId).containsExactly("c");
    }

    @Test
    void aFinishedStatusWithoutAFinishedOutcomeIsNotDone() {
        TrialHistory history = new TrialHistory(List.of(run("a", "k", RunStatus.FINISHED, "running")));

        assertThat(history.decide("k", false).action()).isEqualTo(TrialHistory.Action.RUN);
    }
}
