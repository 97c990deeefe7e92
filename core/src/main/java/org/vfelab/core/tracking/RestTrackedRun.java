package org.vfelab.core.tracking;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mlflow.api.proto.Service;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowClientException;

/**
 * A run on an MLflow tracking server. Metrics are buffered and sent with {@code runs/log-batch} (at most
 * {@value #MAX_METRICS_PER_BATCH} per call, MLflow's limit) when the buffer is full, when
 * {@value #FLUSH_INTERVAL_MILLIS} ms have passed since the last send, and at the end, so a training loop does
 * not pay one HTTP round trip per value. Params go out at once, {@value #MAX_PARAMS_PER_BATCH} per call, so a
 * changed param value fails at the call that logged it. The handle's client is closed when the run ends or the
 * handle is closed, and a {@link #reopen} after that opens a new one.
 */
final class RestTrackedRun implements TrackedRun {
    static final int MAX_METRICS_PER_BATCH = 1000;
    static final int MAX_PARAMS_PER_BATCH = 100;
    static final long FLUSH_INTERVAL_MILLIS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MlflowClient client;
    private final URI server;
    private final String runId;
    private final String experimentId;
    private final ArtifactProxy artifacts;
    private final List<Metric> pending = new ArrayList<>();
    private long lastFlush = System.currentTimeMillis();
    /** The run's status as this handle last set or read it, so {@link #close} leaves an ended run alone. */
    private RunStatus status;
    /** Whether {@link #end} or {@link #close} was called since the handle was opened or reopened. */
    private boolean ended;

    RestTrackedRun(MlflowClient client, URI server, String runId, String experimentId, RunStatus status,
                   ArtifactProxy artifacts) {
        this.client = client;
        this.server = server;
        this.runId = runId;
        this.experimentId = experimentId;
        this.status = status;
        this.artifacts = artifacts;
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public String experimentId() {
        return experimentId;
    }

    @Override
    public synchronized void logParams(Map<String, String> params) {
        checkOpen();
        List<Param> all = new ArrayList<>();
        params.forEach((key, value) -> all.add(Param.newBuilder().setKey(EntityKeys.check("param", key))
                .setValue(value).build()));
        for (int from = 0; from < all.size(); from += MAX_PARAMS_PER_BATCH) {
            List<Param> batch = all.subList(from, Math.min(all.size(), from + MAX_PARAMS_PER_BATCH));
            call("log params " + keys(batch.stream().map(Param::getKey).toList()),
                    () -> client.logBatch(runId, List.of(), batch, List.of()));
        }
    }

    @Override
    public synchronized void logMetric(String key, double value, long step) {
        checkOpen();
        long now = System.currentTimeMillis();
        pending.add(Metric.newBuilder().setKey(EntityKeys.check("metric", key)).setValue(value).setTimestamp(now)
                .setStep(step).build());
        if (pending.size() >= MAX_METRICS_PER_BATCH || now - lastFlush >= FLUSH_INTERVAL_MILLIS) {
            flush();
        }
    }

    @Override
    public synchronized void setTag(String key, String value) {
        checkOpen();
        EntityKeys.check("tag", key);
        call("set tag '" + key + "'", () -> client.setTag(runId, key, value));
    }

    @Override
    public synchronized void logArtifact(String relativePath, byte[] content) {
        checkOpen();
        artifacts.put(relativePath, content);
    }

    @Override
    public synchronized void end(RunStatus terminal) {
        if (!terminal.isTerminal()) {
            throw new IllegalArgumentException("a run ends FINISHED, FAILED or KILLED, not " + terminal);
        }
        if (ended) {
            return;
        }
        ended = true;
        status = terminal;
        // The run is ended on the server even when the last metrics cannot be sent, and the client always closed.
        try {
            flush();
        } finally {
            try {
                call("end run as " + terminal, () -> client.setTerminated(runId,
                        Service.RunStatus.valueOf(terminal.name()), System.currentTimeMillis()));
            } finally {
                client.close();
            }
        }
    }

    /** MLflow's {@code runs/update} with status RUNNING and no end time, as its {@code start_run(run_id)} does. */
    @Override
    public synchronized void reopen() {
        MlflowClient target = ended ? RestTracker.newClient(server) : client;
        String request = JSON.createObjectNode().put("run_id", runId).put("status", "RUNNING").toString();
        try {
            call("reopen", () -> target.sendPost("runs/update", request));
        } catch (RuntimeException e) {
            if (target != client) {
                target.close();
            }
            throw e;
        }
        client = target;
        status = RunStatus.RUNNING;
        ended = false;
    }

    @Override
    public synchronized void close() {
        if (ended) {
            return;
        }
        if (status == RunStatus.RUNNING) {
            end(RunStatus.FAILED);
            return;
        }
        ended = true;
        try {
            flush();
        } finally {
            client.close();
        }
    }

    private void flush() {
        lastFlush = System.currentTimeMillis();
        if (pending.isEmpty()) {
            return;
        }
        List<Metric> batch = List.copyOf(pending);
        pending.clear();
        call("log metrics " + keys(batch.stream().map(Metric::getKey).toList()),
                () -> client.logBatch(runId, batch, List.of(), List.of()));
    }

    private void call(String action, Runnable request) {
        try {
            request.run();
        } catch (MlflowClientException e) {
            throw RestFailures.translate(server, action + " of run " + runId, e);
        }
    }

    private void checkOpen() {
        if (ended) {
            throw new IllegalStateException("run " + runId + " on " + server + " has already ended");
        }
    }

    private static String keys(List<String> keys) {
        return String.join(", ", new TreeSet<>(keys));
    }
}
