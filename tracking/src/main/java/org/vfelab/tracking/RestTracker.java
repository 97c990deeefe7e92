package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An MLflow tracking server reached over its REST API ({@link MlflowHttp}: HTTP/1.1, connect and read timeouts).
 * Creating or attaching to a run waits for the server; everything the run logs afterwards goes through a local
 * journal ({@link JournaledRun}), so a server that goes away mid-run costs no training and loses nothing. A run is
 * created with a random {@value #CREATE_TOKEN_TAG} tag, so a creation retried after a connection broke off finds
 * the run it may already have made instead of making a second one. Artifacts read back ({@link #artifactFile}) are
 * downloaded into {@value #CACHE_FOLDER} under the system's temporary directory, one folder per run id, and reused
 * from there: a finished run's artifacts do not change.
 */
public final class RestTracker implements Tracker {
    /** The most runs MLflow's {@code runs/search} returns per page by default and per request of ours. */
    static final int SEARCH_PAGE_SIZE = 1000;
    static final String CACHE_FOLDER = "vfe-artifact-cache";
    static final String CREATE_TOKEN_TAG = RunTags.CREATE_TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final ServerOptions options;
    private final int searchPageSize;
    private final MlflowHttp rest;
    private final RestCalls calls;

    /** A tracker for the server at {@code server}, e.g. {@code http://localhost:5000}, with default options. */
    public RestTracker(URI server) {
        this(server, ServerOptions.defaults());
    }

    /** A tracker for the server at {@code server} with the given journal, retry and timeout options. */
    public RestTracker(URI server, ServerOptions options) {
        this(server, options, SEARCH_PAGE_SIZE);
    }

    RestTracker(URI server, ServerOptions options, int searchPageSize) {
        this.server = server;
        this.options = options;
        this.searchPageSize = searchPageSize;
        this.rest = new MlflowHttp(server, options.connectTimeout(), options.requestTimeout());
        this.calls = new RestCalls(options);
    }

    @Override
    public TrackedRun startRun(String experimentName, String runName, Map<String, String> tags) {
        EntityKeys.checkExperimentName(experimentName);
        Map<String, String> initialTags = new LinkedHashMap<>(InitialTags.initial(runName, tags));
        String token = UUID.randomUUID().toString();
        initialTags.put(CREATE_TOKEN_TAG, token);
        String action = "start run '" + runName + "' in experiment '" + experimentName + "'";
        AtomicBoolean tried = new AtomicBoolean();
        JsonNode run = calls.call(() -> {
            String experimentId = experimentId(experimentName, action);
            if (tried.getAndSet(true)) {
                List<StoredRun> made = RestRuns.search(rest, experimentId, TagFilter.mlflowFilter(
                        Map.of(CREATE_TOKEN_TAG, token)), searchPageSize, action);
                if (!made.isEmpty()) {
                    return RestRuns.active(rest, made.get(0).runId(), action).orElseThrow();
                }
            }
            ObjectNode request = JSON.createObjectNode().put("experiment_id", experimentId).put("run_name", runName)
                    .put("user_id", InitialTags.user()).put("start_time", System.currentTimeMillis());
            ArrayNode tagList = request.putArray("tags");
            initialTags.forEach((key, value) -> tagList.addObject().put("key", key).put("value", value));
            return rest.post("runs/create", request, action).path("run");
        });
        return open(run.path("info"), "created");
    }

    @Override
    public TrackedRun attachRun(String runId) {
        EntityKeys.checkRunId(runId);
        String action = "attach to run " + runId;
        JsonNode run = calls.call(() -> RestRuns.active(rest, runId, action)).orElseThrow(() ->
                new TrackingException("no active run " + runId + " on " + describe()));
        return open(run.path("info"), "attached");
    }

    /** A journaled handle on the run that {@code info} describes. */
    private JournaledRun open(JsonNode info, String opened) {
        String runId = info.path("run_id").asText();
        RunStatus status = RestRuns.status(info);
        String artifactUri = info.path("artifact_uri").asText();
        ArtifactProxy artifacts = new ArtifactProxy(rest, artifactUri);
        RunJournal journal = RunJournal.create(options.journalRoot(), runId, JournalEvents.header(server.toString(),
                runId, info.path("experiment_id").asText(), artifactUri, opened, status));
        return new JournaledRun(journal, new Delivery(rest, runId, artifacts, journal.directory()), runId,
                info.path("experiment_id").asText(), artifactUri, status, options);
    }

    @Override
    public Optional<StoredRun> findRun(String runId) {
        EntityKeys.checkRunId(runId);
        return calls.call(() -> RestRuns.active(rest, runId, "get run " + runId)).map(RestRuns::stored);
    }

    @Override
    public Map<String, Double> latestMetrics(String runId) {
        EntityKeys.checkRunId(runId);
        String action = "get the metrics of run " + runId;
        JsonNode run = calls.call(() -> RestRuns.active(rest, runId, action)).orElseThrow(() ->
                new TrackingException("no active run " + runId + " on " + describe()));
        return RestRuns.latestMetrics(run);
    }

    @Override
    public List<StoredRun> findRuns(String experimentName, Map<String, String> tags) {
        EntityKeys.checkExperimentName(experimentName);
        String filter = TagFilter.mlflowFilter(tags);
        String action = "search runs of experiment '" + experimentName + "'";
        return calls.call(() -> {
            Optional<JsonNode> experiment = experiment(experimentName, action)
                    .filter(found -> "active".equals(found.path("lifecycle_stage").asText()));
            if (experiment.isEmpty()) {
                return List.of();
            }
            // The tag match is repeated here in case a server ignores part of the filter.
            return RestRuns.search(rest, experiment.get().path("experiment_id").asText(), filter, searchPageSize,
                    action).stream().filter(run -> run.hasTags(tags)).sorted(LocalStoreReader.OLDEST_FIRST).toList();
        });
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
        ArtifactProxy proxy = new ArtifactProxy(rest, run.artifactUri());
        return calls.call(() -> proxy.get(relativePath, cached)) ? Optional.of(cached) : Optional.empty();
    }

    @Override
    public String describe() {
        return "MLflow server " + server;
    }

    /** The experiment named {@code name}, if the server has one (active or deleted). */
    private Optional<JsonNode> experiment(String name, String action) {
        try {
            return Optional.of(rest.get("experiments/get-by-name", Map.of("experiment_name", name), action)
                    .path("experiment"));
        } catch (RestException e) {
            if (e.missing()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The active experiment's id, creating it if missing; a lost creation race falls back to the winner's. */
    private String experimentId(String name, String action) {
        Optional<JsonNode> existing = experiment(name, action);
        if (existing.isEmpty()) {
            try {
                return rest.post("experiments/create", JSON.createObjectNode().put("name", name), action)
                        .path("experiment_id").asText();
            } catch (RestException e) {
                existing = experiment(name, action);
                if (existing.isEmpty()) {
                    throw e;
                }
            }
        }
        JsonNode experiment = existing.get();
        String stage = experiment.path("lifecycle_stage").asText();
        if (!"active".equals(stage)) {
            throw new TrackingException("experiment '" + name + "' on MLflow tracking server " + server + " is "
                    + stage + "; restore it or choose another experiment name");
        }
        return experiment.path("experiment_id").asText();
    }
}
