package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Reads runs back from a tracking server for {@link RestTracker}: {@code runs/get}, a {@code runs/search} followed
 * page by page, and MLflow's JSON {@code Run} turned into the {@link StoredRun} that a local store reads, so a
 * sweep sees the same record from both stores.
 */
final class RestRuns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RestRuns() {
    }

    /** MLflow's {@code runs/get}; a missing or deleted run is empty. */
    static Optional<JsonNode> active(MlflowHttp rest, String runId, String action) {
        try {
            JsonNode run = rest.get("runs/get", Map.of("run_id", runId), action).path("run");
            return "deleted".equals(run.path("info").path("lifecycle_stage").asText()) ? Optional.empty()
                    : Optional.of(run);
        } catch (RestException e) {
            if (e.missing()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The active runs of an experiment that match an MLflow {@code filter}, every page of {@code pageSize}. */
    static List<StoredRun> search(MlflowHttp rest, String experimentId, String filter, int pageSize, String action) {
        List<StoredRun> runs = new ArrayList<>();
        String token = "";
        do {
            ObjectNode request = JSON.createObjectNode().put("filter", filter).put("run_view_type", "ACTIVE_ONLY")
                    .put("max_results", pageSize);
            request.putArray("experiment_ids").add(experimentId);
            if (!token.isEmpty()) {
                request.put("page_token", token);
            }
            JsonNode page = rest.post("runs/search", request, action);
            page.path("runs").forEach(run -> runs.add(stored(run)));
            token = page.path("next_page_token").asText("");
        } while (!token.isEmpty());
        return runs;
    }

    /** The run as a {@link StoredRun}; an end time of 0 or none means the run has not ended. */
    static StoredRun stored(JsonNode run) {
        JsonNode info = run.path("info");
        Map<String, String> params = keyValues(run.path("data").path("params"));
        Map<String, String> tags = keyValues(run.path("data").path("tags"));
        String name = info.path("run_name").asText("");
        if (name.isEmpty()) {
            name = tags.getOrDefault(InitialTags.RUN_NAME, "");
        }
        long end = info.path("end_time").asLong(0);
        return new StoredRun(info.path("run_id").asText(), info.path("experiment_id").asText(), name, status(info),
                info.path("user_id").asText(""), info.path("artifact_uri").asText(""),
                info.path("start_time").asLong(0), end != 0 ? OptionalLong.of(end) : OptionalLong.empty(), params,
                tags);
    }

    /** The last logged value of each metric, as {@code runs/get} lists them. */
    static Map<String, Double> latestMetrics(JsonNode run) {
        Map<String, Double> latest = new TreeMap<>();
        run.path("data").path("metrics").forEach(metric -> latest.put(metric.path("key").asText(),
                number(metric.path("value"))));
        return latest;
    }

    /** The run's status in our enum, which has MLflow's names. */
    static RunStatus status(JsonNode info) {
        return RunStatus.valueOf(info.path("status").asText("RUNNING"));
    }

    /** A JSON double: a number, or MLflow's "NaN", "Infinity" and "-Infinity" strings. */
    static double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : PythonFloats.parse(value.asText());
    }

    private static Map<String, String> keyValues(JsonNode array) {
        Map<String, String> values = new TreeMap<>();
        array.forEach(entry -> values.put(entry.path("key").asText(), entry.path("value").asText()));
        return values;
    }
}
