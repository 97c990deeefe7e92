package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding, attaching to and reopening runs of a {@link LocalFileStore}, as a resumed sweep does. */
class LocalRunLookupTest {
    private static final String MISSING_ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path temp;

    @Test
    void anArtifactIsTheStoresOwnFileAndAMissingOneIsEmpty() throws IOException {
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        String runId;
        try (TrackedRun run = store.startRun("vfe-sweep", "image", Map.of())) {
            runId = run.runId();
            run.logArtifact("checkpoint.zip", new byte[] {1, 2, 3});
            run.end(RunStatus.FINISHED);
        }

        Path file = store.artifactFile(runId, "checkpoint.zip").orElseThrow();

        assertThat(file).isEqualTo(runDir(store, runId).resolve("artifacts/checkpoint.zip"));
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
        assertThat(store.artifactFile(runId, "logs/none.txt")).isEmpty();
        assertThatThrownBy(() -> store.artifactFile(MISSING_ID, "checkpoint.zip")).hasMessageContaining(MISSING_ID);
    }

    @Test
    void findRunReadsAnEndedRunWithItsParamsAndTags() {
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        String runId;
        try (TrackedRun run = store.startRun("vfe-sweep", "joint-s1", Map.of("vfe.arm", "joint"))) {
            runId = run.runId();
            run.logParams(Map.of("seed", "1"));
            run.end(RunStatus.FINISHED);
        }
        StoredRun found = store.findRun(runId).orElseThrow();
        assertThat(found.runName()).isEqualTo("joint-s1");
        assertThat(found.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(found.endTime()).isPresent();
        assertThat(found.params()).isEqualTo(Map.of("seed", "1"));
        assertThat(found.tags()).containsEntry("vfe.arm", "joint");
        assertThat(store.findRun(MISSING_ID)).isEmpty();
        assertThatThrownBy(() -> store.findRun("../" + runId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latestMetricsAreTheValuesAtTheHighestStepAsMlflowShowsThem() {
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        String runId;
        try (TrackedRun run = store.startRun("vfe-sweep", "joint-s1", Map.of())) {
            runId = run.runId();
            run.logMetric("loss", 3.0, 1);
            run.logMetric("loss", 1.5, 5);
            run.logMetric("loss", 2.0, 2);
            run.logMetric("t2v_recall_at_1", 0.25, 900);
            run.end(RunStatus.FINISHED);
        }

        assertThat(store.latestMetrics(runId)).isEqualTo(Map.of("loss", 1.5, "t2v_recall_at_1", 0.25));
        assertThatThrownBy(() -> store.latestMetrics(MISSING_ID)).hasMessageContaining(MISSING_ID);
    }

    @Test
    void anAttachedEndedRunTakesTagsAndKeepsItsStatusWhenClosed() {
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        String runId = endedRun(store, "crashed", RunStatus.FAILED);
        StoredRun before = store.findRun(runId).orElseThrow();
        try (TrackedRun attached = store.attachRun(runId)) {
            assertThat(attached.experimentId()).isEqualTo(before.experimentId());
            attached.setTag("vfe.outcome", "crashed");
            attached.logMetric("loss", 1.5, 3);
        }
        StoredRun after = store.findRun(runId).orElseThrow();
        assertThat(after.status()).isEqualTo(RunStatus.FAILED);
        assertThat(after.endTime()).isEqualTo(before.endTime());
        assertThat(after.tags()).containsEntry("vfe.outcome", "crashed");
    }

    @Test
    void anAttachedRunningRunEndsAndClosesLikeACreatedOne() {
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        // Two runs whose JVM died: never ended, never closed.
        TrackedRun died = store.startRun("vfe-sweep", "died", Map.of());
        TrackedRun alsoDied = store.startRun("vfe-sweep", "also-died", Map.of());
        try (TrackedRun attached = store.attachRun(died.runId())) {
            attached.end(RunStatus.FAILED);
            assertThatThrownBy(() -> attached.setTag("vfe.outcome", "x")).isInstanceOf(IllegalStateException.class);
        }
        try (TrackedRun attached = store.attachRun(alsoDied.runId())) {
            attached.logMetric("loss", 2.0, 0);
        }
        assertThat(store.findRun(died.runId()).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        assertThat(store.findRun(alsoDied.runId()).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        assertThat(store.findRun(alsoDied.runId()).orElseThrow().endTime()).isPresent();
    }

    @Test
    void reopenMarksAnEndedRunRunningInMetaYamlAndItEndsAgain() throws IOException {
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        String runId = endedRun(store, "parent", RunStatus.FINISHED);
        Path meta = runDir(store, runId).resolve("meta.yaml");
        assertThat(Files.readString(meta)).contains("\nstatus: 3\n").doesNotContain("end_time: null");
        try (TrackedRun attached = store.attachRun(runId)) {
            attached.reopen();
            assertThat(Files.readString(meta)).contains("\nstatus: 1\n").contains("\nend_time: null\n");
            assertThat(store.findRun(runId).orElseThrow().endTime()).isEmpty();
            attached.logMetric("loss", 1.0, 1);
            attached.end(RunStatus.KILLED);
            assertThatThrownBy(() -> attached.logMetric("loss", 0.5, 2)).isInstanceOf(IllegalStateException.class);
            attached.reopen();
            attached.logMetric("loss", 0.5, 2);
            attached.end(RunStatus.KILLED);
        }
        assertThat(Files.readString(meta)).contains("\nstatus: 5\n").doesNotContain("end_time: null");
        assertThat(store.findRun(runId).orElseThrow().status()).isEqualTo(RunStatus.KILLED);
    }

    @Test
    void findRunsMatchesEveryTagOfActiveRunsOfTheExperimentOldestFirst() throws IOException {
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        Map<String, String> wanted = Map.of("vfe.arm", "joint", "vfe.seed", "1");
        String late = run(store, "vfe-sweep", Map.of("vfe.arm", "joint", "vfe.seed", "1", "extra", "x"));
        run(store, "vfe-sweep", Map.of("vfe.arm", "joint", "vfe.seed", "2"));
        run(store, "vfe-sweep", Map.of("vfe.arm", "factorized", "vfe.seed", "1"));
        String early = run(store, "vfe-sweep", wanted);
        String alsoLate = run(store, "vfe-sweep", wanted);
        String deleted = run(store, "vfe-sweep", wanted);
        run(store, "vfe-other", wanted);
        rewriteMeta(store, late, "start_time", "2000");
        rewriteMeta(store, alsoLate, "start_time", "2000");
        rewriteMeta(store, early, "start_time", "1000");
        rewriteMeta(store, deleted, "lifecycle_stage", "deleted");

        List<String> lateOnes = Stream.of(late, alsoLate).sorted().toList();
        assertThat(store.findRuns("vfe-sweep", wanted)).extracting(StoredRun::runId)
                .containsExactly(early, lateOnes.get(0), lateOnes.get(1));
        assertThat(store.findRuns("vfe-sweep", Map.of())).hasSize(5);
        assertThat(store.findRun(deleted)).isEmpty();
        assertThatThrownBy(() -> store.attachRun(deleted)).isInstanceOf(TrackingException.class);
    }

    @Test
    void anUnknownExperimentHasNoRuns() {
        assertThat(new LocalFileStore(temp.resolve("nothing-here")).findRuns("vfe-sweep", Map.of())).isEmpty();
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        run(store, "vfe-sweep", Map.of());
        assertThat(store.findRuns("vfe-missing", Map.of())).isEmpty();
    }

    @Test
    void attachingAnUnknownRunFailsNamingTheRunAndTheStore() {
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        run(store, "vfe-sweep", Map.of());
        assertThatThrownBy(() -> store.attachRun(MISSING_ID)).isInstanceOf(TrackingException.class)
                .hasMessage("no active run " + MISSING_ID + " in local MLflow store " + store.root());
    }

    @Test
    void tagValuesThatMlflowCannotSearchForAreRefusedHereToo() {
        LocalFileStore store = new LocalFileStore(temp.resolve("mlruns"));
        assertThatThrownBy(() -> store.findRuns("vfe-sweep", Map.of("vfe.note", "it's")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vfe.note='it's'");
    }

    private static String endedRun(Tracker store, String name, RunStatus status) {
        try (TrackedRun run = store.startRun("vfe-sweep", name, Map.of())) {
            run.end(status);
            return run.runId();
        }
    }

    private static String run(Tracker store, String experiment, Map<String, String> tags) {
        try (TrackedRun run = store.startRun(experiment, "r", tags)) {
            run.end(RunStatus.FINISHED);
            return run.runId();
        }
    }

    private static Path runDir(LocalFileStore store, String runId) {
        StoredRun run = store.findRun(runId).orElseThrow();
        return store.root().resolve(run.experimentId()).resolve(runId);
    }

    /** Edits one meta.yaml field, as MLflow's delete_run or an older run's start time would have it. */
    private static void rewriteMeta(LocalFileStore store, String runId, String key, String value) throws IOException {
        Path meta = runDir(store, runId).resolve("meta.yaml");
        Files.writeString(meta, Files.readString(meta).replaceFirst("(?m)^" + key + ": .*$", key + ": " + value));
    }
}
