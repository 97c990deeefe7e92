package org.vfelab.tracking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Sends journal events to the run on the tracking server, one request at a time: consecutive metric points as one
 * {@code runs/log-batch} (at most {@value #MAX_METRICS_PER_BATCH}, MLflow's limit), a params event as one
 * {@code runs/log-batch}, a tag with {@code runs/set-tag}, an artifact through the artifact proxy and a status with
 * {@code runs/update}. Params, tags, artifacts and statuses can be sent twice without harm; metric points cannot,
 * so when the last attempt may have reached the server, the points it already holds are left out.
 */
final class Delivery {
    static final int MAX_METRICS_PER_BATCH = 1000;
    static final int MAX_PARAMS_PER_BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MlflowHttp rest;
    private final String runId;
    private final ArtifactProxy artifacts;
    private final Path journalDir;

    Delivery(MlflowHttp rest, String runId, ArtifactProxy artifacts, Path journalDir) {
        this.rest = rest;
        this.runId = runId;
        this.artifacts = artifacts;
        this.journalDir = journalDir;
    }

    /** How many of {@code pending} (not empty) the next request covers: consecutive metric points, else one. */
    static int span(List<ObjectNode> pending) {
        int count = 0;
        while (count < pending.size() && count < MAX_METRICS_PER_BATCH
                && JournalEvents.METRIC.equals(JournalEvents.type(pending.get(count)))) {
            count++;
        }
        return Math.max(count, 1);
    }

    /**
     * Sends {@code events}, a {@link #span} of the journal, as one request; {@code inDoubt} when an earlier attempt
     * may have been applied.
     *
     * @throws RestException when the request fails
     */
    void send(List<ObjectNode> events, boolean inDoubt) {
        ObjectNode first = events.get(0);
        switch (JournalEvents.type(first)) {
            case JournalEvents.METRIC -> sendMetrics(inDoubt ? MetricHistory.missing(rest, runId, events) : events);
            case JournalEvents.PARAMS -> {
                ObjectNode request = JSON.createObjectNode().put("run_id", runId);
                ArrayNode params = request.putArray("params");
                first.path("params").fields().forEachRemaining(entry -> params.addObject().put("key", entry.getKey())
                        .put("value", entry.getValue().asText()));
                rest.post("runs/log-batch", request, "log params " + keys(first.path("params").fieldNames())
                        + " of run " + runId);
            }
            case JournalEvents.TAG -> rest.post("runs/set-tag", JSON.createObjectNode().put("run_id", runId)
                    .put("key", first.path("key").asText()).put("value", first.path("value").asText()),
                    "set tag '" + first.path("key").asText() + "' of run " + runId);
            case JournalEvents.ARTIFACT -> artifacts.put(first.path("path").asText(),
                    journalDir.resolve(first.path("file").asText()));
            case JournalEvents.STATUS -> {
                ObjectNode request = JSON.createObjectNode().put("run_id", runId)
                        .put("status", first.path("status").asText());
                if (first.has("end_time")) {
                    request.put("end_time", first.path("end_time").asLong());
                }
                String status = first.path("status").asText();
                rest.post("runs/update", request, (status.equals("RUNNING") ? "reopen" : "end run as " + status)
                        + " of run " + runId);
            }
            default -> {
                // The header and the closing mark are the journal's own; nothing goes to the server.
            }
        }
    }

    private void sendMetrics(List<ObjectNode> points) {
        if (points.isEmpty()) {
            return;
        }
        ObjectNode request = JSON.createObjectNode().put("run_id", runId);
        ArrayNode metrics = request.putArray("metrics");
        for (ObjectNode point : points) {
            ObjectNode metric = metrics.addObject().put("key", point.path("key").asText());
            metric.set("value", point.get("value"));
            metric.put("timestamp", point.path("timestamp").asLong()).put("step", point.path("step").asLong());
        }
        rest.post("runs/log-batch", request, "log metrics " + keys(points.stream().map(p -> p.path("key").asText())
                .iterator()) + " of run " + runId);
    }

    private static String keys(Iterator<String> keys) {
        TreeSet<String> sorted = new TreeSet<>();
        keys.forEachRemaining(sorted::add);
        return String.join(", ", sorted);
    }
}
