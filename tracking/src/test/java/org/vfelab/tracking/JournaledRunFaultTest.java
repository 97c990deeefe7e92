package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on a tracking server that fails in every way the fake can: nothing is lost and nothing is sent twice. */
@Tag("integration")
class JournaledRunFaultTest {
    private static final int STEPS = 30;

    @TempDir
    Path journals;
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private FakeMlflowServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeMlflowServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(FakeFaults.Fault.class)
    void everyMetricPointArrivesExactlyOnceThroughAFaultyRequest(FakeFaults.Fault fault) {
        server.slowness(Duration.ofSeconds(3));
        server.inject(fault, "runs/log-batch", 2);
        String runId = runToTheEnd(tracker(Duration.ofSeconds(20)));

        assertThat(steps(runId, "loss")).containsExactlyElementsOf(LongStream.rangeClosed(1, STEPS).boxed().toList());
        assertThat(server.status(runId)).isEqualTo("FINISHED");
        assertThat(server.artifact("/" + runId + "/artifacts/experiment.yaml")).isPresent();
        assertThat(notices).anySatisfy(line -> assertThat(line).contains("caught up"));
    }

    @Test
    void aServerStoppedAndRestartedMidRunGetsEverythingAndTheRunFinishes() throws Exception {
        Tracker tracker = tracker(Duration.ofSeconds(20));
        String runId;
        try (TrackedRun run = tracker.startRun("faults", "restart", Map.of())) {
            runId = run.runId();
            run.logParams(Map.of("optimizer.lr", "0.001"));
            server.stop();
            for (long step = 1; step <= STEPS; step++) {
                run.logMetric("loss", 1.0 / step, step);
            }
            run.setTag("vfe.outcome", "finished");
            Thread.sleep(1500);
            server.restart();
            run.end(RunStatus.FINISHED);
        }
        assertThat(steps(runId, "loss")).hasSize(STEPS).doesNotHaveDuplicates();
        assertThat(server.status(runId)).isEqualTo("FINISHED");
        assertThat(server.tags(runId)).containsEntry("vfe.outcome", "finished");
        assertThat(notices).anySatisfy(line -> assertThat(line).contains("connection refused", "retrying for up to"))
                .anySatisfy(line -> assertThat(line).contains("tracking was interrupted and caught up"));
    }

    @Test
    void aServerThatStaysAwayFailsTheEndAndASyncCompletesTheRunOnce() throws Exception {
        Tracker tracker = tracker(Duration.ofSeconds(1));
        String runId;
        try (TrackedRun run = tracker.startRun("faults", "sync", Map.of())) {
            runId = run.runId();
            server.stop();
            for (long step = 1; step <= STEPS; step++) {
                run.logMetric("loss", 1.0 / step, step);
            }
            run.logArtifact("experiment.yaml", "name: x\n".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> run.end(RunStatus.FINISHED)).isInstanceOf(TrackingException.class)
                    .hasMessageContaining("vfe runs sync " + journals);
        }
        server.restart();
        List<JournalSync.Journal> pending = JournalSync.journals(journals);
        assertThat(pending).singleElement().satisfies(journal -> {
            assertThat(journal.unsynced()).isTrue();
            assertThat(journal.runId()).isEqualTo(runId);
        });

        JournalSync.Result first = JournalSync.sync(pending.get(0).directory(), Optional.empty(),
                TestServers.options(journals), Map.of("vfe.outcome", "killed"));
        int requests = server.received().size();
        JournalSync.Result second = JournalSync.sync(pending.get(0).directory(), Optional.empty(),
                TestServers.options(journals), Map.of("vfe.outcome", "killed"));

        assertThat(first.sent()).isPositive();
        assertThat(first.markedKilled()).isFalse();
        assertThat(second.sent()).isZero();
        assertThat(server.received()).hasSize(requests);
        assertThat(steps(runId, "loss")).hasSize(STEPS).doesNotHaveDuplicates();
        assertThat(server.status(runId)).isEqualTo("FINISHED");
        assertThat(server.artifact("/" + runId + "/artifacts/experiment.yaml")).isPresent();
        assertThat(JournalSync.journals(journals)).noneMatch(JournalSync.Journal::unsynced);
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutFailsTheFirstCallNamingTheUrl() {
        server.slowness(Duration.ofSeconds(4));
        server.inject(FakeFaults.Fault.SLOW, "experiments/get-by-name", 1);
        Tracker tracker = tracker(Duration.ofSeconds(20));
        assertThatThrownBy(() -> tracker.startRun("faults", "slow", Map.of()))
                .isInstanceOf(RestException.class)
                .hasMessageContaining("cannot reach MLflow tracking server at " + server.uri())
                .hasMessageContaining("no answer within the request timeout")
                .hasMessageContaining("GET /api/2.0/mlflow/experiments/get-by-name");
    }

    @Test
    void aServerThatRefusesHttp2UpgradesTakesEveryRequest() {
        server.refuseUpgrades(true);
        String runId = runToTheEnd(tracker(Duration.ofSeconds(2)));
        assertThat(server.received()).allSatisfy(call -> assertThat(call.upgrade()).isNull());
        assertThat(server.status(runId)).isEqualTo("FINISHED");
        assertThat(server.artifact("/" + runId + "/artifacts/experiment.yaml")).isPresent();
    }

    @Test
    void aCreationBrokenOffAfterTheServerMadeTheRunDoesNotMakeASecond() {
        Tracker tracker = tracker(Duration.ofSeconds(10));
        tracker.findRuns("faults", Map.of());
        server.inject(FakeFaults.Fault.RESET_AFTER, "runs/create", 1);
        String runId = runToTheEnd(tracker);
        assertThat(server.runIds()).containsExactly(runId);
    }

    /** Logs {@link #STEPS} loss values, an artifact and ends the run FINISHED; its id. */
    private String runToTheEnd(Tracker tracker) {
        try (TrackedRun run = tracker.startRun("faults", "run", Map.of())) {
            for (long step = 1; step <= STEPS; step++) {
                run.logMetric("loss", 1.0 / step, step);
            }
            run.logArtifact("experiment.yaml", "name: x\n".getBytes(StandardCharsets.UTF_8));
            run.end(RunStatus.FINISHED);
            return run.runId();
        }
    }

    private Tracker tracker(Duration retryFor) {
        return new RestTracker(server.uri(), TestServers.options(journals, retryFor, notices));
    }

    private List<Long> steps(String runId, String key) {
        return server.points(runId, key).stream().map(point -> point.path("step").asLong()).toList();
    }
}
