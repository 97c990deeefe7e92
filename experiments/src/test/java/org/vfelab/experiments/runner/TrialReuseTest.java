package org.vfelab.experiments.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.tracking.FakeMlflowServer;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.StoredRun;
import org.vfelab.tracking.TestServers;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.Tracker;
import org.vfelab.tracking.TrainingOutcome;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrialReuseTest {

    private static final byte[] CHECKPOINT = {80, 75, 3, 4, 42, 0, 7};

    @TempDir
    Path dir;

    @Test
    void aTrialFinishedInAnotherSweepIsCopiedWithItsParamsFinalMetricsArtifactsAndOrigin() throws Exception {
        Tracker tracker = Tracker.forUri(dir.resolve("mlruns").toString());
        copiesTheFinishedRun(tracker);
    }

    @Test
    void theCopyIsMadeTheSameWayOnATrackingServer() throws Exception {
        try (FakeMlflowServer server = new FakeMlflowServer()) {
            copiesTheFinishedRun(Tracker.forUri(server.uri().toString(), TestServers.options(dir.resolve("journal"))));
        }
    }

    @Test
    void onlyFinishedRunsOfTheNamedSweepsOtherThanItsOwnAreReused() {
        Tracker tracker = Tracker.forUri(dir.resolve("mlruns").toString());
        record(tracker, "table1", trial("killed", "k1"), RunStatus.KILLED, TrainingOutcome.KILLED);
        record(tracker, "elsewhere", trial("finished elsewhere", "k2"), RunStatus.FINISHED, TrainingOutcome.FINISHED);
        record(tracker, "fig2", trial("finished here", "k3"), RunStatus.FINISHED, TrainingOutcome.FINISHED);
        record(tracker, "table1", trial("diverged", "k4"), RunStatus.FAILED, TrainingOutcome.DIVERGED);

        TrialReuse reuse = TrialReuse.from(tracker, "fig2", List.of("table1", "fig2", "no-such-sweep"));

        for (String key : List.of("k1", "k2", "k3", "k4")) {
            assertThat(reuse.sourceOf(trial("any", key))).as(key).isEmpty();
        }
    }

    @Test
    void theFirstNamedSweepWinsWhenTwoFinishedTheSameTrial() {
        Tracker tracker = Tracker.forUri(dir.resolve("mlruns").toString());
        record(tracker, "fig2", trial("joint", "k"), RunStatus.FINISHED, TrainingOutcome.FINISHED);
        String first = record(tracker, "table1", trial("joint", "k"), RunStatus.FINISHED, TrainingOutcome.FINISHED);

        TrialReuse reuse = TrialReuse.from(tracker, "fig4", List.of("table1", "fig2"));

        assertThat(reuse.sourceOf(trial("random mask 0", "k")).orElseThrow().describe()).isEqualTo("table1/" + first);
    }

    private void copiesTheFinishedRun(Tracker tracker) throws Exception {
        PlannedTrial original = trial("joint space-time seed=7", "3d1bd3892411b6d1");
        String sourceId;
        try (TrackedRun run = tracker.startRun("table1", original.label(), Map.of(RunTags.SWEEP, "table1",
                RunTags.TRIAL_KEY, original.key(), RunTags.ROLE, RunTags.ROLE_TRIAL, RunTags.ARM, original.arm(),
                RunTags.DEVICE, "cpu", RunTags.OUTCOME, RunTags.RUNNING, RunTags.PARENT_RUN, "table1-parent",
                RunTags.BACKEND, "CpuBackend linux-x86_64-onednn"))) {
            sourceId = run.runId();
            run.setTag(RunTags.DESCRIPTOR, run.artifactUri() + "/experiment.yaml");
            run.setTag(RunTags.CREATE_TOKEN, "token of the source run");
            run.logParams(Map.of("seed", "7", "model.backbone.type", "joint"));
            run.logMetric("loss", 3.5, 1);
            run.logMetric("loss", 0.25, 900);
            run.logMetric("temporal/t2v_recall_at_1", 0.75, 900);
            run.logArtifact("experiment.yaml", "seed: 7\n".getBytes(StandardCharsets.UTF_8));
            run.logArtifact("checkpoint.zip", CHECKPOINT);
            run.logArtifact("logs/trial.log", "step 900/900\n".getBytes(StandardCharsets.UTF_8));
            run.setTag(RunTags.OUTCOME, TrainingOutcome.FINISHED.tag());
            run.end(RunStatus.FINISHED);
        }
        PlannedTrial same = trial("joint mask 0.0 seed=7", original.key());

        TrialReuse reuse = TrialReuse.from(tracker, "fig2", List.of("table1"));
        TrialEnd end = reuse.adopt("fig2", "fig2-parent", same, reuse.sourceOf(same).orElseThrow());

        assertThat(end.outcome()).isEqualTo(TrainingOutcome.FINISHED);
        assertThat(end.detail()).isEqualTo("reused from table1/" + sourceId);
        List<StoredRun> copies = tracker.findRuns("fig2", Map.of(RunTags.TRIAL_KEY, same.key()));
        assertThat(copies).hasSize(1);
        StoredRun copy = copies.get(0);
        assertThat(copy.runId()).isNotEqualTo(sourceId);
        assertThat(copy.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(copy.runName()).isEqualTo("joint mask 0.0 seed=7");
        assertThat(copy.params()).containsEntry("seed", "7").containsEntry("model.backbone.type", "joint");
        assertThat(copy.tags()).containsEntry(RunTags.SWEEP, "fig2").containsEntry(RunTags.ARM, "joint mask 0.0")
                .containsEntry(RunTags.PARENT_RUN, "fig2-parent").containsEntry(RunTags.OUTCOME, "finished")
                .containsEntry(RunTags.REUSED_FROM, "table1/" + sourceId).containsEntry(RunTags.DEVICE, "cpu")
                .containsEntry(RunTags.BACKEND, "CpuBackend linux-x86_64-onednn")
                .containsEntry(RunTags.DESCRIPTOR, copy.artifactUri() + "/experiment.yaml");
        assertThat(copy.tags().get(RunTags.CREATE_TOKEN)).isNotEqualTo("token of the source run");
        assertThat(tracker.latestMetrics(copy.runId())).containsEntry("loss", 0.25)
                .containsEntry("temporal/t2v_recall_at_1", 0.75);
        assertThat(Files.readAllBytes(tracker.artifactFile(copy.runId(), "checkpoint.zip").orElseThrow()))
                .isEqualTo(CHECKPOINT);
        assertThat(Files.readString(tracker.artifactFile(copy.runId(), "logs/trial.log").orElseThrow()))
                .isEqualTo("step 900/900\n");
        assertThat(new TrialHistory(tracker.findRuns("fig2", Map.of())).decide(same.key(), false).action())
                .as("a later invocation of fig2 finds the copy finished").isEqualTo(TrialHistory.Action.DONE);
    }

    private static String record(Tracker tracker, String sweep, PlannedTrial trial, RunStatus status,
                                 TrainingOutcome outcome) {
        Map<String, String> tags = TrialHistory.childTags(sweep, sweep + "-parent", trial, "cpu", outcome.tag());
        try (TrackedRun run = tracker.startRun(sweep, trial.label(), tags)) {
            run.end(status);
            return run.runId();
        }
    }

    private static PlannedTrial trial(String label, String key) {
        String arm = label.replaceAll(" seed=\\d+$", "");
        return new PlannedTrial(label, arm, Path.of("sweep.yaml"), List.of(), null, key, List.of());
    }
}
