package org.vfelab.core.tracking;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.mlflow.api.proto.Service.CreateRun;
import org.mlflow.api.proto.Service.Experiment;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowClientException;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.creds.BasicMlflowHostCreds;

/**
 * An MLflow tracking server reached over REST with the MLflow Java client ({@code org.mlflow:mlflow-client}).
 * Each run gets its own client, closed when the run ends, so this tracker holds no connection and needs no
 * closing. Before the first request of each call it checks that the server accepts connections within a few
 * seconds, because the Java client has no connect timeout and would otherwise hang a sweep on a firewalled host.
 * Artifacts read back ({@link #artifactFile}) are downloaded into {@value #CACHE_FOLDER} under the system's
 * temporary directory, one folder per run id, and reused from there: a finished run's artifacts do not change.
 */
public final class RestTracker implements Tracker {
    /** The most runs MLflow's {@code runs/search} returns per page by default and per request of ours. */
    static final int SEARCH_PAGE_SIZE = 1000;
    static final String CACHE_FOLDER = "vfe-artifact-cache";

    private final URI server;
    private final Duration connectTimeout;
    private final int searchPageSize;

    /** A tracker for the server at {@code server}, e.g. {@code http://localhost:5000}. */
    public RestTracker(URI server) {
        this(server, Duration.ofSeconds(5), SEARCH_PAGE_SIZE);
    }

    RestTracker(URI server, Duration connectTimeout, int searchPageSize) {
        this.server = server;
        this.connectTimeout = connectTimeout;
        this.searchPageSize = searchPageSize;
    }

    /** A client of its own for one run or one look-up, which its user closes. */
    static MlflowClient newClient(URI server) {
        return new MlflowClient(new BasicMlflowHostCreds(server.toString()));
    }

    @Override
    public TrackedRun startRun(String experimentName, String runName, Map<String, String> tags) {
        EntityKeys.checkExperimentName(experimentName);
        Map<String, String> initialTags = RunTags.initial(runName, tags);
        String action = "start run '" + runName + "' in experiment '" + experimentName + "'";
        return openRun(action, client -> {
            CreateRun.Builder request = CreateRun.newBuilder()
                    .setExperimentId(experimentId(client, experimentName))
                    .setRunName(runName)
                    .setUserId(RunTags.user())
                    .setStartTime(System.currentTimeMillis());
            initialTags.forEach((key, value) -> request.addTags(RunTag.newBuilder().setKey(key).setValue(value)));
            return client.createRun(request.build());
        });
    }

    @Override
    public TrackedRun attachRun(String runId) {
        EntityKeys.checkRunId(runId);
        String action = "attach to run " + runId;
        return openRun(action, client -> activeRun(client, runId).orElseThrow(() -> new TrackingException(
                "no active run " + runId + " on " + describe())).getInfo());
    }

    /**
     * A run handle with a client of its own, for the run that {@code lookup} creates or finds; the client is
     * closed here if that fails, and by the handle otherwise.
     */
    private RestTrackedRun openRun(String action, Function<MlflowClient, RunInfo> lookup) {
        checkReachable(action);
        MlflowClient client = newClient(server);
        RestTrackedRun run = null;
        try {
            run = handle(client, lookup.apply(client));
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
    public Optional<StoredRun> findRun(String runId) {
        EntityKeys.checkRunId(runId);
        String action = "get run " + runId;
        checkReachable(action);
        try (MlflowClient client = newClient(server)) {
            return activeRun(client, runId).map(RestRuns::stored);
        } catch (MlflowClientException e) {
            throw RestFailures.translate(server, action, e);
        }
    }

    @Override
    public Map<String, Double> latestMetrics(String runId) {
        EntityKeys.checkRunId(runId);
        String action = "get the metrics of run " + runId;
        checkReachable(action);
        try (MlflowClient client = newClient(server)) {
            Run run = activeRun(client, runId).orElseThrow(() -> new TrackingException("no active run " + runId
                    + " on " + describe()));
            Map<String, Double> latest = new TreeMap<>();
            run.getData().getMetricsList().forEach(metric -> latest.put(metric.getKey(), metric.getValue()));
            return latest;
        } catch (MlflowClientException e) {
            throw RestFailures.translate(server, action, e);
        }
    }

    @Override
    public List<StoredRun> findRuns(String experimentName, Map<String, String> tags) {
        EntityKeys.checkExperimentName(experimentName);
        String filter = TagFilter.mlflowFilter(tags);
        String action = "search runs of experiment '" + experimentName + "'";
        checkReachable(action);
        try (MlflowClient client = newClient(server)) {
            Optional<Experiment> experiment = client.getExperimentByName(experimentName)
                    .filter(found -> "active".equals(found.getLifecycleStage()));
            if (experiment.isEmpty()) {
                return List.of();
            }
            // The tag match is repeated here in case a server ignores part of the filter.
            return RestRuns.search(client, experiment.get().getExperimentId(), filter, searchPageSize).stream()
                    .filter(run -> run.hasTags(tags)).sorted(LocalStoreReader.OLDEST_FIRST).toList();
        } catch (MlflowClientException e) {
            throw RestFailures.translate(server, action, e);
        }
    }

    @Override
    public Optional<Path> artifactFile(String runId, String relativePath) {
        StoredRun run = findRun(runId).orElseThrow(() -> new TrackingException("no active run " + runId + " on "
                + describe()));
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), CACHE_FOLDER, runId)
                .resolve(EntityKeys.checkArtifactPath(relativePath));
        if (Files.isRegularFile(cached)) {
            return Optional.of(cached);
        }
        checkReachable("download artifact '" + relativePath + "' of run " + runId);
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        return new ArtifactProxy(server, run.artifactUri(), http).get(relativePath, cached)
                ? Optional.of(cached) : Optional.empty();
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

    /** MLflow's {@code runs/get}; a missing or deleted run is empty. */
    private static Optional<Run> activeRun(MlflowClient client, String runId) {
        try {
            Run run = client.getRun(runId);
            return "deleted".equals(run.getInfo().getLifecycleStage()) ? Optional.empty() : Optional.of(run);
        } catch (MlflowClientException e) {
            if (RestFailures.isMissing(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private RestTrackedRun handle(MlflowClient client, RunInfo info) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        return new RestTrackedRun(client, server, info.getRunId(), info.getExperimentId(), RestRuns.status(info),
                new ArtifactProxy(server, info.getArtifactUri(), http));
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
