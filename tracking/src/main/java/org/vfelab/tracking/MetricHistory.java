package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tracking server already holds of a batch of metric points, read with {@code metrics/get-history}. MLflow
 * keeps every point it is sent, duplicates included, so a batch whose request broke off after the server may have
 * applied it is checked against the server's history before it is sent again: a point counts as there when the
 * server has a point of the same key, step and timestamp (each such point matching one point of the batch).
 */
final class MetricHistory {
    private MetricHistory() {
    }

    /** The points of {@code batch} (metric events) that the run on the server does not hold yet, in order. */
    static List<ObjectNode> missing(MlflowHttp rest, String runId, List<ObjectNode> batch) {
        Map<String, Map<String, Integer>> held = new LinkedHashMap<>();
        for (ObjectNode point : batch) {
            held.computeIfAbsent(point.path("key").asText(), key -> history(rest, runId, key));
        }
        List<ObjectNode> missing = new ArrayList<>();
        for (ObjectNode point : batch) {
            Map<String, Integer> counts = held.get(point.path("key").asText());
            String id = id(point);
            if (counts.getOrDefault(id, 0) > 0) {
                counts.merge(id, -1, Integer::sum);
            } else {
                missing.add(point);
            }
        }
        return missing;
    }

    /** How many points the server holds per step and timestamp of one metric, every page of its history. */
    private static Map<String, Integer> history(MlflowHttp rest, String runId, String key) {
        Map<String, Integer> counts = new HashMap<>();
        String token = "";
        do {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("run_id", runId);
            query.put("metric_key", key);
            if (!token.isEmpty()) {
                query.put("page_token", token);
            }
            JsonNode page = rest.get("metrics/get-history", query, "read the history of metric '" + key
                    + "' of run " + runId + " before sending it again");
            page.path("metrics").forEach(point -> counts.merge(id(point), 1, Integer::sum));
            token = page.path("next_page_token").asText("");
        } while (!token.isEmpty());
        return counts;
    }

    private static String id(JsonNode point) {
        return point.path("step").asLong(0) + "@" + point.path("timestamp").asLong();
    }
}
