package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The events of a {@link RunJournal}, one JSON object each with a {@code type}: {@code run} (the header: server,
 * run and experiment id, artifact URI, how the handle opened the run), {@code params}, {@code metric}, {@code tag},
 * {@code artifact} (the path and the journal file holding its bytes), {@code status} (the run ended, or was
 * reopened) and {@code closed} (the handle was closed; a journal without it was left by a process that died).
 * Doubles are written as MLflow's JSON writes them: numbers, or "NaN", "Infinity", "-Infinity".
 */
final class JournalEvents {
    static final String RUN = "run";
    static final String PARAMS = "params";
    static final String METRIC = "metric";
    static final String TAG = "tag";
    static final String ARTIFACT = "artifact";
    static final String STATUS = "status";
    static final String CLOSED = "closed";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalEvents() {
    }

    /**
     * The header: where the run is and how this handle opened it ({@code created}, or {@code attached} at
     * {@code status}), so that a sync knows whether the run's status was the handle's to end.
     */
    static ObjectNode header(String server, String runId, String experimentId, String artifactUri, String opened,
                             RunStatus status) {
        return event(RUN).put("server", server).put("run_id", runId).put("experiment_id", experimentId)
                .put("artifact_uri", artifactUri).put("opened", opened).put("run_status", status.name());
    }

    static ObjectNode params(Map<String, String> params) {
        ObjectNode event = event(PARAMS);
        ObjectNode values = event.putObject("params");
        params.forEach(values::put);
        return event;
    }

    static ObjectNode metric(String key, double value, long timestamp, long step) {
        ObjectNode event = event(METRIC).put("key", key);
        if (Double.isFinite(value)) {
            event.put("value", value);
        } else {
            event.put("value", Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
        return event.put("timestamp", timestamp).put("step", step);
    }

    static ObjectNode tag(String key, String value) {
        return event(TAG).put("key", key).put("value", value);
    }

    static ObjectNode artifact(String path, String file) {
        return event(ARTIFACT).put("path", path).put("file", file);
    }

    /** The run's status set: a terminal one with its end time, or RUNNING (reopened, no end time). */
    static ObjectNode status(RunStatus status, long endTime) {
        ObjectNode event = event(STATUS).put("status", status.name());
        return status.isTerminal() ? event.put("end_time", endTime) : event;
    }

    static ObjectNode closed() {
        return event(CLOSED);
    }

    static String type(JsonNode event) {
        return event.path("type").asText();
    }

    /**
     * The events of a journal file; a last line cut short by a crash is dropped (it was never acknowledged, and a
     * run that crashed mid-write had not returned from the call that logged it).
     */
    static List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> events = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return events;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                events.add((ObjectNode) JSON.readTree(lines[i]));
            } catch (IOException | ClassCastException e) {
                if (i < lines.length - 1) {
                    throw new IOException(file + ":" + (i + 1) + ": not a journal event: " + e.getMessage(), e);
                }
            }
        }
        return events;
    }

    private static ObjectNode event(String type) {
        return JSON.createObjectNode().put("type", type);
    }
}
