package org.vfelab.core.tracking;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.mlflow.api.proto.Service.CreateRun;
import org.mlflow.api.proto.Service.Experiment;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowClientException;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.creds.BasicMlflowHostCreds;

/**
 * An MLflow tracking server reached over REST with the MLflow Java client ({@code org.mlflow:mlflow-client}).
 * Each run gets its own client, closed when the run ends, so this tracker holds no connection and needs no
 * closing. Before the first request it checks that the server accepts connections within a few seconds,
 * because the Java client has no connect timeout and would otherwise hang a sweep on a firewalled host.
 */
public final class RestTracker implements Tracker {
    private final URI server;
    private final Duration connectTimeout;

    /** A tracker for the server at {@code server}, e.g. {@code http://localhost:5000}. */
    public RestTracker(URI server) {
        this(server, Duration.ofSeconds(5));
    }

    RestTracker(URI server, Duration connectTimeout) {
        this.server = server;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public TrackedRun startRun(String experimentName, String runName, Map<String, String> tags) {
        EntityKeys.checkExperimentName(experimentName);
        Map<String, String> initialTags = RunTags.initial(runName, tags);
        String action = "start run '" + runName + "' in experiment '" + experimentName + "'";
        checkReachable(action);
        MlflowClient client = new MlflowClient(new BasicMlflowHostCreds(server.toString()));
        RestTrackedRun run = null;
        try {
            CreateRun.Builder request = CreateRun.newBuilder()
                    .setExperimentId(experimentId(client, experimentName))
                    .setRunName(runName)
                    .setUserId(RunTags.user())
                    .setStartTime(System.currentTimeMillis());
            initialTags.forEach((key, value) -> request.addTags(RunTag.newBuilder().setKey(key).setValue(value)));
            RunInfo info = client.createRun(request.build());
            HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
            run = new RestTrackedRun(client, server, info.getRunId(), info.getExperimentId(),
                    new ArtifactProxy(server, info.getArtifactUri(), http));
            return run;
        } catch (MlflowClientException e) {
            throw RestFailures.translate(server, action, e);
        } finally {
            if (run == null) {
                client.close();
            }
        }
    }

    @Override
    public String describe() {
        return "MLflow server " + server;
    }

    /** The active experiment's id, creating it if missing; a lost creation race falls back to the winner's. */
    private String experimentId(MlflowClient client, String name) {
        Optional<Experiment> existing = client.getExperimentByName(name);
        if (existing.isEmpty()) {
            try {
                return client.createExperiment(name);
            } catch (MlflowHttpException e) {
                existing = client.getExperimentByName(name);
                if (existing.isEmpty()) {
                    throw e;
                }
            }
        }
        Experiment experiment = existing.get();
        if (!"active".equals(experiment.getLifecycleStage())) {
            throw new TrackingException("experiment '" + name + "' on MLflow tracking server " + server + " is "
                    + experiment.getLifecycleStage() + "; restore it or choose another experiment name");
        }
        return experiment.getExperimentId();
    }

    private void checkReachable(String action) {
        int port = server.getPort() >= 0 ? server.getPort() : "https".equals(server.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), port), (int) connectTimeout.toMillis());
        } catch (IOException e) {
            throw RestFailures.unreachable(server, action, e);
        }
    }
}
