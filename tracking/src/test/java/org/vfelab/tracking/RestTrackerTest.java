package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestTrackerTest {
    @TempDir
    Path journals;
    private FakeMlflowServer server;
    private Tracker tracker;

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeMlflowServer();
        tracker = Tracker.forUri(server.uri() + "/", TestServers.options(journals));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void sendsRunsAsMlflowRestApiDefinesThem() {
        long before = System.currentTimeMillis();
        String runId;
        try (TrackedRun run = tracker.startRun("vfe-smoke", "joint-k8", Map.of("vfe.arm", "joint"))) {
            runId = run.runId();
            assertThat(run.experimentId()).isEqualTo("1");
            run.logParams(Map.of("optimizer.lr", "0.001"));
            run.logMetric("loss", 2.5, 0);
            run.logMetric("loss", 1.25, 1);
            run.logMetric("temporal/t2v_recall_at_1", Double.NaN, 1);
            run.setTag("vfe.outcome", "ok");
            run.logArtifact("logs/trial.log", "step 1\n".getBytes(StandardCharsets.UTF_8));
            run.end(RunStatus.FINISHED);
        }
        long after = System.currentTimeMillis();
        assertThat(server.violations()).isEmpty();

        assertThat(server.calls("experiments/get-by-name")).allSatisfy(call ->
                assertThat(call.query()).isEqualTo("experiment_name=vfe-smoke"));
        assertThat(server.calls("experiments/create")).singleElement()
                .satisfies(call -> assertThat(call.json().path("name").asText()).isEqualTo("vfe-smoke"));

        JsonNode create = server.calls("runs/create").get(0).json();
        assertThat(create.path("experiment_id").asText()).isEqualTo("1");
        assertThat(create.path("run_name").asText()).isEqualTo("joint-k8");
        assertThat(create.path("start_time").asLong()).isBetween(before, after);
        assertThat(keyValues(create.path("tags"))).containsEntry("vfe.arm", "joint")
                .containsEntry("mlflow.runName", "joint-k8").containsEntry("mlflow.source.type", "LOCAL")
                .containsEntry("mlflow.user", System.getProperty("user.name")).containsKey("mlflow.source.name");

        List<FakeMlflowServer.Received> batches = server.calls("runs/log-batch");
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0).json().path("run_id").asText()).isEqualTo(runId);
        assertThat(keyValues(batches.get(0).json().path("params"))).containsExactly(Map.entry("optimizer.lr", "0.001"));
        JsonNode metrics = batches.get(1).json().path("metrics");
        assertThat(server.received()).allSatisfy(call -> assertThat(call.upgrade()).as(call.path()).isNull());
        assertThat(metrics).hasSize(3);
        assertThat(metrics.get(1).path("key").asText()).isEqualTo("loss");
        assertThat(metrics.get(1).path("value").asDouble()).isEqualTo(1.25);
        assertThat(metrics.get(1).path("step").asLong()).isEqualTo(1);
        assertThat(metrics.get(1).path("timestamp").asLong()).isBetween(before, after);
        assertThat(metrics.get(2).path("key").asText()).isEqualTo("temporal/t2v_recall_at_1");
        assertThat(metrics.get(2).path("value").asText()).isEqualTo("NaN");

        JsonNode tag = server.calls("runs/set-tag").get(0).json();
        assertThat(tag.path("run_id").asText()).isEqualTo(runId);
        assertThat(tag.path("key").asText()).isEqualTo("vfe.outcome");
        assertThat(tag.path("value").asText()).isEqualTo("ok");

        FakeMlflowServer.Received upload = server.received().stream().filter(r -> r.method().equals("PUT"))
                .findFirst().orElseThrow();
        assertThat(upload.path())
                .isEqualTo("/api/2.0/mlflow-artifacts/artifacts/1/" + runId + "/artifacts/logs/trial.log");
        assertThat(new String(upload.body(), StandardCharsets.UTF_8)).isEqualTo("step 1\n");

        JsonNode update = server.calls("runs/update").get(0).json();
        assertThat(update.path("run_id").asText()).isEqualTo(runId);
        assertThat(update.path("status").asText()).isEqualTo("FINISHED");
        assertThat(update.path("end_time").asLong()).isBetween(before, after);
        assertThat(server.calls("runs/update")).hasSize(1);
    }

    @Test
    void reusesAnExistingExperimentByName() {
        try (TrackedRun first = tracker.startRun("vfe-smoke", "a", Map.of());
             TrackedRun second = tracker.startRun("vfe-smoke", "b", Map.of())) {
            assertThat(second.experimentId()).isEqualTo(first.experimentId());
        }
        assertThat(server.calls("experiments/create")).hasSize(1);
        assertThat(server.calls("runs/create")).hasSize(2);
        assertThat(server.calls("runs/update")).extracting(call -> call.json().path("status").asText())
                .containsExactly("FAILED", "FAILED");
        assertThat(server.violations()).isEmpty();
    }

    @Test
    void batchesWithinMlflowLimits() {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < 250; i++) {
            params.put("p" + i, Integer.toString(i));
        }
        try (TrackedRun run = tracker.startRun("vfe-smoke", "many", Map.of())) {
            run.logParams(params);
            for (int step = 0; step < 2500; step++) {
                run.logMetric("loss", 1.0 / (step + 1), step);
            }
            run.end(RunStatus.FINISHED);
        }
        List<FakeMlflowServer.Received> batches = server.calls("runs/log-batch");
        assertThat(batches).extracting(call -> call.json().path("params").size()).filteredOn(size -> size > 0)
                .containsExactly(100, 100, 50);
        assertThat(batches).extracting(call -> call.json().path("metrics").size())
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(1000))
                .satisfies(sizes -> assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2500));
        assertThat(server.violations()).isEmpty();
    }

    @Test
    void aChangedParamFailsTheRunsEndNamingTheKeyAndServerError() {
        try (TrackedRun run = tracker.startRun("vfe-smoke", "a", Map.of())) {
            run.logParams(Map.of("optimizer.lr", "0.001"));
            run.logParams(Map.of("optimizer.lr", "0.1"));
            run.logMetric("loss", 1.0, 1);
            assertThatThrownBy(() -> run.end(RunStatus.FINISHED))
                    .isInstanceOf(TrackingException.class)
                    .hasMessageContaining("log params optimizer.lr")
                    .hasMessageContaining(server.uri().toString())
                    .hasMessageContaining("HTTP 400 INVALID_PARAMETER_VALUE: Changing param values is not allowed");
            assertThat(server.points(run.runId(), "loss")).as("what follows the refused params").hasSize(1);
        }
    }

    @Test
    void aServerThatGoesAwayMidRunFailsTheEndNamingTheActionAndTheJournal() {
        try (TrackedRun run = tracker.startRun("vfe-smoke", "a", Map.of())) {
            server.close();
            run.setTag("vfe.outcome", "ok");
            assertThatThrownBy(() -> run.end(RunStatus.FINISHED))
                    .isInstanceOf(TrackingException.class)
                    .hasMessageContaining("cannot reach MLflow tracking server at " + server.uri())
                    .hasMessageContaining("set tag 'vfe.outcome'")
                    .hasMessageContaining("POST /api/2.0/mlflow/runs/set-tag")
                    .hasMessageContaining("vfe runs sync " + journals);
        }
    }

    @Test
    void aDeadServerFailsFastAtStartRun() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Tracker dead = Tracker.forUri("http://127.0.0.1:" + port + "/", TestServers.options(journals));
        long start = System.nanoTime();
        assertThatThrownBy(() -> dead.startRun("vfe-smoke", "a", Map.of()))
                .isInstanceOf(TrackingException.class)
                .hasMessage("cannot reach MLflow tracking server at http://127.0.0.1:" + port
                        + " (connection refused) to start run 'a' in experiment 'vfe-smoke'"
                        + " (GET /api/2.0/mlflow/experiments/get-by-name)");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    /**
     * A listening socket whose accept queue is full drops new connection attempts, like a firewalled host: the
     * Java client alone has no connect timeout and would hang here.
     */
    @Test
    void anUnresponsiveServerTimesOutAtStartRun() throws IOException {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = new ArrayList<>();
            try {
                fillAcceptQueue(full, queued);
                ServerOptions options = TestServers.options(journals);
                RestTracker silent = new RestTracker(URI.create("http://127.0.0.1:" + full.getLocalPort()),
                        new ServerOptions(journals, options.retryFor(), options.requestTimeout(),
                                Duration.ofMillis(300), options.linger(), false, options.notices()));
                assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                        assertThatThrownBy(() -> silent.startRun("vfe-smoke", "a", Map.of()))
                                .isInstanceOf(TrackingException.class)
                                .hasMessageStartingWith("cannot reach MLflow tracking server at http://127.0.0.1:"
                                        + full.getLocalPort() + " (timed out)"));
            } finally {
                for (Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    private static void fillAcceptQueue(ServerSocket server, List<Socket> queued) throws IOException {
        for (int i = 0; i < 8; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(server.getLocalSocketAddress(), 300);
                queued.add(socket);
            } catch (SocketTimeoutException full) {
                socket.close();
                return;
            }
        }
        throw new IllegalStateException("the accept queue never filled; cannot simulate an unresponsive host");
    }

    private static Map<String, String> keyValues(JsonNode array) {
        Map<String, String> values = new LinkedHashMap<>();
        StreamSupport.stream(array.spliterator(), false)
                .forEach(entry -> values.put(entry.path("key").asText(), entry.path("value").asText()));
        return values;
    }
}
