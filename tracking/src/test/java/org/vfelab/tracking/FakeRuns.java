package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs a {@link FakeMlflowServer} keeps in memory, changed and answered as MLflow's server does for the
 * endpoints the tracker uses. Its {@code runs/search} understands only the filters the tracker should send,
 * {@code tags.`key` = 'value'} clauses joined by {@code and} (MLflow's syntax, values unescaped as MLflow reads
 * them), and reports anything else as a violation; it pages by {@code max_results} with an offset as token and
 * returns runs newest first, MLflow's default order, so a client must sort for itself. An answer starting with
 * {@code "404 "} or {@code "400 "} is an error with that status.
 */
final class FakeRuns {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AND = Pattern.compile(" and ", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE = Pattern.compile("tags\\.`([^`]+)` = '([^'\\\\]*)'");
    private static final int MAX_RESULTS_DEFAULT = 1000;
    private static final int MAX_RESULTS_THRESHOLD = 50_000;

    private record Run(ObjectNode info, Map<String, String> params, Map<String, String> tags,
                       Map<String, JsonNode> metrics, Map<String, List<JsonNode>> history) {
    }

    private final Map<String, Run> runs = new LinkedHashMap<>();

    synchronized String create(JsonNode request) {
        String runId = UUID.randomUUID().toString().replace("-", "");
        String experimentId = request.path("experiment_id").asText();
        ObjectNode info = JSON.createObjectNode().put("run_id", runId).put("run_uuid", runId)
                .put("experiment_id", experimentId).put("run_name", request.path("run_name").asText())
                .put("user_id", request.path("user_id").asText()).put("status", "RUNNING")
                .put("start_time", request.path("start_time").asLong()).put("lifecycle_stage", "active")
                .put("artifact_uri", "mlflow-artifacts:/" + experimentId + "/" + runId + "/artifacts");
        Run run = new Run(info, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>());
        request.path("tags").forEach(tag -> run.tags().put(tag.path("key").asText(), tag.path("value").asText()));
        runs.put(runId, run);
        return JSON.createObjectNode().set("run", json(run)).toString();
    }

    synchronized String get(String runId) {
        Run run = runs.get(runId);
        return run == null ? missing(runId) : JSON.createObjectNode().set("run", json(run)).toString();
    }

    /** Tags are set; params are immutable, as the real server enforces, so a changed value is MLflow's error. */
    synchronized String logBatch(JsonNode batch) {
        Run run = runs.get(batch.path("run_id").asText());
        if (run == null) {
            return missing(batch.path("run_id").asText());
        }
        for (JsonNode param : batch.path("params")) {
            String key = param.path("key").asText();
            String old = run.params().putIfAbsent(key, param.path("value").asText());
            if (old != null && !old.equals(param.path("value").asText())) {
                return "400 " + FakeMlflowServer.error("INVALID_PARAMETER_VALUE", "Changing param values is not "
                        + "allowed. Param with key='" + key + "' was already logged with value='" + old + "'");
            }
        }
        batch.path("tags").forEach(tag -> run.tags().put(tag.path("key").asText(), tag.path("value").asText()));
        // Like MLflow's latest_metrics: the value at the highest step, the latest timestamp breaking ties.
        batch.path("metrics").forEach(metric -> run.metrics().merge(metric.path("key").asText(), metric,
                (old, now) -> later(now, old) ? now : old));
        // Like MLflow, every point is kept, duplicates included.
        batch.path("metrics").forEach(metric -> run.history().computeIfAbsent(metric.path("key").asText(),
                key -> new ArrayList<>()).add(metric.deepCopy()));
        return "{}";
    }

    /** MLflow's {@code metrics/get-history}: every point of one metric, in the order logged. */
    synchronized String history(String runId, String key) {
        Run run = runs.get(runId);
        if (run == null) {
            return missing(runId);
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode points = answer.putArray("metrics");
        run.history().getOrDefault(key, List.of()).forEach(point -> points.add(point.deepCopy()));
        return answer.toString();
    }

    /** The points of one metric of a run as received, for tests to count. */
    synchronized List<JsonNode> points(String runId, String key) {
        Run run = runs.get(runId);
        return run == null ? List.of() : List.copyOf(run.history().getOrDefault(key, List.of()));
    }

    /** The status of a run, or "" when there is no such run. */
    synchronized String status(String runId) {
        Run run = runs.get(runId);
        return run == null ? "" : run.info().path("status").asText();
    }

    /** The tags of a run (empty when there is no such run). */
    synchronized Map<String, String> tags(String runId) {
        Run run = runs.get(runId);
        return run == null ? Map.of() : Map.copyOf(run.tags());
    }

    /** The ids of every run, in creation order. */
    synchronized List<String> ids() {
        return List.copyOf(runs.keySet());
    }

    synchronized String setTag(JsonNode request) {
        Run run = runs.get(request.path("run_id").asText());
        if (run == null) {
            return missing(request.path("run_id").asText());
        }
        run.tags().put(request.path("key").asText(), request.path("value").asText());
        return "{}";
    }

    /** Like MLflow's SQL store: the status and name if given, the end time as given (none clears it). */
    synchronized String update(JsonNode request) {
        Run run = runs.get(request.path("run_id").asText());
        if (run == null) {
            return missing(request.path("run_id").asText());
        }
        if (request.has("status")) {
            run.info().put("status", request.path("status").asText());
        }
        if (request.has("end_time")) {
            run.info().put("end_time", request.path("end_time").asLong());
        } else {
            run.info().remove("end_time");
        }
        if (request.has("run_name")) {
            run.info().put("run_name", request.path("run_name").asText());
        }
        return JSON.createObjectNode().set("run_info", run.info().deepCopy()).toString();
    }

    synchronized String search(RestCheck check) {
        JsonNode request = check.json();
        List<String> experimentIds = new ArrayList<>();
        request.path("experiment_ids").forEach(id -> {
            check.require(id.isTextual(), "experiment_ids holds a non-string " + id);
            experimentIds.add(id.asText());
        });
        check.require(!experimentIds.isEmpty(), "experiment_ids is empty");
        check.require(request.path("order_by").isEmpty(), "order_by is not supported by this fake");
        int maxResults = request.path("max_results").asInt(MAX_RESULTS_DEFAULT);
        check.require(maxResults >= 1 && maxResults <= MAX_RESULTS_THRESHOLD, "max_results " + maxResults
                + " is not between 1 and " + MAX_RESULTS_THRESHOLD);
        String token = request.path("page_token").asText("0");
        check.require(token.matches("\\d+"), "page_token '" + token + "' was not issued by this server");
        Map<String, String> wanted = tagClauses(request.path("filter").asText(""), check);
        String stage = switch (request.path("run_view_type").asText("ACTIVE_ONLY")) {
            case "DELETED_ONLY" -> "deleted";
            case "ALL" -> "";
            default -> "active";
        };
        if (!check.problems().isEmpty()) {
            return "{}";
        }
        List<Run> matching = runs.values().stream()
                .filter(run -> experimentIds.contains(run.info().path("experiment_id").asText()))
                .filter(run -> stage.isEmpty() || stage.equals(run.info().path("lifecycle_stage").asText()))
                .filter(run -> run.tags().entrySet().containsAll(wanted.entrySet()))
                .sorted(Comparator.comparingLong((Run run) -> -run.info().path("start_time").asLong())
                        .thenComparing(run -> run.info().path("run_id").asText()))
                .toList();
        int from = Math.min(Integer.parseInt(token), matching.size());
        int to = Math.min(from + maxResults, matching.size());
        ObjectNode answer = JSON.createObjectNode();
        if (to > from) {
            ArrayNode page = answer.putArray("runs");
            matching.subList(from, to).forEach(run -> page.add(json(run)));
        }
        if (to < matching.size()) {
            answer.put("next_page_token", Integer.toString(to));
        }
        return answer.toString();
    }

    /** The {@code tags.`key` = 'value'} clauses of {@code filter}; anything else is a violation. */
    private static Map<String, String> tagClauses(String filter, RestCheck check) {
        Map<String, String> clauses = new LinkedHashMap<>();
        if (filter.isEmpty()) {
            return clauses;
        }
        for (String clause : AND.split(filter, -1)) {
            Matcher matcher = CLAUSE.matcher(clause);
            check.require(matcher.matches(), "filter clause '" + clause + "' is not tags.`key` = 'value'");
            if (matcher.matches()) {
                clauses.put(matcher.group(1), matcher.group(2));
            }
        }
        return clauses;
    }

    private static ObjectNode json(Run run) {
        ObjectNode json = JSON.createObjectNode();
        json.set("info", run.info().deepCopy());
        ObjectNode data = json.putObject("data");
        keyValues(data.putArray("params"), run.params());
        keyValues(data.putArray("tags"), run.tags());
        run.metrics().values().forEach(metric -> data.withArray("metrics").add(metric.deepCopy()));
        return json;
    }

    private static boolean later(JsonNode a, JsonNode b) {
        long stepA = a.path("step").asLong();
        long stepB = b.path("step").asLong();
        return stepA != stepB ? stepA > stepB : a.path("timestamp").asLong() >= b.path("timestamp").asLong();
    }

    private static void keyValues(ArrayNode array, Map<String, String> values) {
        values.forEach((key, value) -> array.addObject().put("key", key).put("value", value));
    }

    private static String missing(String runId) {
        return "404 " + FakeMlflowServer.error("RESOURCE_DOES_NOT_EXIST", "Run with id=" + runId + " not found");
    }
}
