package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding, attaching to and reopening runs on a tracking server, checked against MLflow's REST API. */
class RestRunLookupTest {
    @TempDir
    Path journals;
    private static final String MISSING_ID = "0123456789abcdef0123456789abcdef";
    private static final int PAGE_SIZE = 2;

    private FakeMlflowServer server;
    private Tracker tracker;

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeMlflowServer();
        tracker = new RestTracker(server.uri(), TestServers.options(journals), PAGE_SIZE);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void findRunsSendsMlflowsTagFilterAndFollowsEveryPage() {
        Map<String, String> wanted = Map.of("vfe.arm", "joint", "vfe.seed", "1");
        String first = run("vfe-sweep", wanted);
        run("vfe-sweep", Map.of("vfe.arm", "joint", "vfe.seed", "2"));
        String second = run("vfe-sweep", Map.of("vfe.arm", "joint", "vfe.seed", "1", "extra", "x"));
        run("vfe-other", wanted);
        String third = run("vfe-sweep", wanted);

        List<StoredRun> found = tracker.findRuns("vfe-sweep", wanted);

        assertThat(server.violations()).isEmpty();
        assertThat(found).extracting(StoredRun::runId).containsExactlyInAnyOrder(first, second, third);
        assertThat(found).isSortedAccordingTo(LocalStoreReader.OLDEST_FIRST);
        assertThat(found).allSatisfy(run -> assertThat(run.tags()).containsAllEntriesOf(wanted));
        List<FakeMlflowServer.Received> searches = server.calls("runs/search");
        assertThat(searches).hasSize(2);
        JsonNode request = searches.get(0).json();
        assertThat(request.path("filter").asText()).isEqualTo("tags.`vfe.arm` = 'joint' and tags.`vfe.seed` = '1'");
        assertThat(request.path("run_view_type").asText()).isEqualTo("ACTIVE_ONLY");
        assertThat(request.path("max_results").asInt()).isEqualTo(PAGE_SIZE);
        assertThat(request.path("experiment_ids")).hasSize(1);
        assertThat(request.has("page_token")).isFalse();
        assertThat(searches.get(1).json().path("page_token").asText()).isEqualTo("2");
    }

    @Test
    void findRunReadsARunBackAndAMissingOneIsEmpty() {
        String runId;
        try (TrackedRun run = tracker.startRun("vfe-sweep", "joint-s1", Map.of("vfe.arm", "joint"))) {
            runId = run.runId();
            run.logParams(Map.of("seed", "1"));
            run.end(RunStatus.FINISHED);
        }
        StoredRun found = tracker.findRun(runId).orElseThrow();
        assertThat(found.runName()).isEqualTo("joint-s1");
        assertThat(found.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(found.endTime()).isPresent();
        assertThat(found.params()).isEqualTo(Map.of("seed", "1"));
        assertThat(found.tags()).containsEntry("vfe.arm", "joint");
        assertThat(found.artifactUri()).endsWith("/" + runId + "/artifacts");

        assertThat(tracker.findRun(MISSING_ID)).isEmpty();
        assertThat(server.calls("runs/get")).last().satisfies(call ->
                assertThat(call.query()).contains("run_id=" + MISSING_ID));
        assertThat(tracker.findRuns("vfe-missing", Map.of())).isEmpty();
        assertThat(server.violations()).isEmpty();
    }

    @Test
    void anArtifactIsDownloadedThroughTheProxyOnceAndAMissingOneIsEmpty() throws IOException {
        String runId;
        try (TrackedRun run = tracker.startRun("vfe-sweep", "image", Map.of())) {
            runId = run.runId();
            run.logArtifact("checkpoint.zip", new byte[] {1, 2, 3});
            run.end(RunStatus.FINISHED);
        }

        Path file = tracker.artifactFile(runId, "checkpoint.zip").orElseThrow();
        Path again = tracker.artifactFile(runId, "checkpoint.zip").orElseThrow();

        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
        assertThat(again).isEqualTo(file);
        assertThat(file.toString()).contains(RestTracker.CACHE_FOLDER, runId);
        List<FakeMlflowServer.Received> downloads = server.received().stream()
                .filter(call -> call.method().equals("GET") && call.path().endsWith("/checkpoint.zip")).toList();
        assertThat(downloads).singleElement().satisfies(call -> assertThat(call.path())
                .isEqualTo("/api/2.0/mlflow-artifacts/artifacts/1/" + runId + "/artifacts/checkpoint.zip"));
        assertThat(tracker.artifactFile(runId, "logs/none.txt")).isEmpty();
        assertThatThrownBy(() -> tracker.artifactFile(MISSING_ID, "checkpoint.zip")).hasMessageContaining(MISSING_ID);
        assertThat(server.violations()).isEmpty();
    }

    @Test
    void latestMetricsComeFromRunsGet() {
        String runId;
        try (TrackedRun run = tracker.startRun("vfe-sweep", "joint-s1", Map.of())) {
            runId = run.runId();
            run.logMetric("loss", 3.0, 1);
            run.logMetric("loss", 1.5, 5);
            run.logMetric("t2v_recall_at_1", 0.25, 900);
            run.end(RunStatus.FINISHED);
        }

        assertThat(tracker.latestMetrics(runId)).isEqualTo(Map.of("loss", 1.5, "t2v_recall_at_1", 0.25));
        assertThatThrownBy(() -> tracker.latestMetrics(MISSING_ID)).hasMessageContaining(MISSING_ID);
        assertThat(server.violations()).isEmpty();
    }

    @Test
    void anAttachedEndedRunTakesTagsAndKeepsItsStatusWhenClosed() {
        String runId = endedRun(RunStatus.FAILED);
        int updates = server.calls("runs/update").size();
        try (TrackedRun attached = tracker.attachRun(runId)) {
            attached.setTag("vfe.outcome", "crashed");
            attached.logMetric("loss", 1.5, 3);
        }
        assertThat(server.calls("runs/update")).hasSize(updates);
        assertThat(server.calls("runs/log-batch")).last().satisfies(call ->
                assertThat(call.json().path("metrics").get(0).path("key").asText()).isEqualTo("loss"));
        StoredRun after = tracker.findRun(runId).orElseThrow();
        assertThat(after.status()).isEqualTo(RunStatus.FAILED);
        assertThat(after.tags()).containsEntry("vfe.outcome", "crashed");
        assertThat(server.violations()).isEmpty();
    }

    @Test
    void anAttachedRunningRunEnds() {
        // A run whose JVM died: never ended, never closed.
        TrackedRun died = tracker.startRun("vfe-sweep", "died", Map.of());
        try (TrackedRun attached = tracker.attachRun(died.runId())) {
            attached.setTag("vfe.outcome", "crashed");
            attached.end(RunStatus.FAILED);
        }
        assertThat(server.calls("runs/update")).singleElement().satisfies(call ->
                assertThat(call.json().path("status").asText()).isEqualTo("FAILED"));
        assertThat(tracker.findRun(died.runId()).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        assertThat(server.violations()).isEmpty();
    }

    @Test
    void reopenSendsRunsUpdateWithStatusRunningAndTheRunEndsAgain() {
        String runId;
        try (TrackedRun run = tracker.startRun("vfe-sweep", "parent", Map.of())) {
            runId = run.runId();
            run.end(RunStatus.FINISHED);
            run.reopen();
            run.setTag("vfe.sweep_state", "resumed");
            run.end(RunStatus.FINISHED);
        }
        try (TrackedRun attached = tracker.attachRun(runId)) {
            attached.reopen();
            StoredRun reopened = tracker.findRun(runId).orElseThrow();
            assertThat(reopened.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(reopened.endTime()).isEmpty();
            attached.end(RunStatus.KILLED);
        }
        List<JsonNode> updates = server.calls("runs/update").stream().map(FakeMlflowServer.Received::json).toList();
        assertThat(updates).extracting(update -> update.path("status").asText())
                .containsExactly("FINISHED", "RUNNING", "FINISHED", "RUNNING", "KILLED");
        assertThat(updates.get(1).has("end_time")).isFalse();
        assertThat(updates.get(1).path("run_id").asText()).isEqualTo(runId);
        assertThat(tracker.findRun(runId).orElseThrow().status()).isEqualTo(RunStatus.KILLED);
        assertThat(server.violations()).isEmpty();
    }

    @Test
    void attachingAnUnknownRunFailsNamingTheRunAndTheServer() {
        assertThatThrownBy(() -> tracker.attachRun(MISSING_ID)).isInstanceOf(TrackingException.class)
                .hasMessage("no active run " + MISSING_ID + " on MLflow server " + server.uri());
        assertThat(server.violations()).isEmpty();
    }

    @Test
    void tagValuesThatMlflowCannotSearchForAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> tracker.findRuns("vfe-sweep", Map.of("vfe.note", "it's")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no escape");
        assertThat(server.received()).isEmpty();
    }

    private String endedRun(RunStatus status) {
        try (TrackedRun run = tracker.startRun("vfe-sweep", "r", Map.of())) {
            run.end(status);
            return run.runId();
        }
    }

    private String run(String experiment, Map<String, String> tags) {
        try (TrackedRun run = tracker.startRun(experiment, "r", tags)) {
            run.end(RunStatus.FINISHED);
            return run.runId();
        }
    }
}
