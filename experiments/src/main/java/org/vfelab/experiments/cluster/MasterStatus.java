package org.vfelab.experiments.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * What a Spark standalone master says about itself on its web UI's {@code /json/} page: its URL, its state and its
 * workers. A worker counts once the master lists it {@code ALIVE}: then it takes executors.
 *
 * @param url     the master's {@code spark://HOST:PORT}
 * @param status  {@code ALIVE} for a master that leads (a standby says {@code STANDBY})
 * @param workers every worker it knows, dead ones included
 */
public record MasterStatus(String url, String status, List<Worker> workers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public MasterStatus {
        workers = List.copyOf(workers);
    }

    /**
     * A worker as the master lists it.
     *
     * @param state    {@code ALIVE}, {@code DEAD}, {@code DECOMMISSIONED}, ...
     * @param memoryMb the memory it offers executors
     */
    public record Worker(String id, String host, String state, int cores, int memoryMb) {
        public boolean alive() {
            return "ALIVE".equals(state);
        }
    }

    /** The workers that take executors. */
    public List<Worker> aliveWorkers() {
        return workers.stream().filter(Worker::alive).toList();
    }

    /**
     * Parses the master's {@code /json/} page.
     *
     * @throws IllegalArgumentException naming the field that is missing or of the wrong type
     */
    public static MasterStatus parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the master's /json/ page is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the master's /json/ page is not a JSON object");
        }
        JsonNode workers = root.path("workers");
        if (!workers.isArray()) {
            throw new IllegalArgumentException("the master's /json/ page has no 'workers' list");
        }
        List<Worker> parsed = new ArrayList<>();
        for (JsonNode worker : workers) {
            parsed.add(new Worker(text(worker, "id"), text(worker, "host"), text(worker, "state"),
                    number(worker, "cores"), number(worker, "memory")));
        }
        return new MasterStatus(text(root, "url"), text(root, "status"), parsed);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the master's /json/ page: '" + field + "' is missing or not text");
        }
        return value.asText();
    }

    private static int number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isInt()) {
            throw new IllegalArgumentException("the master's /json/ page: '" + field + "' is missing or not a number");
        }
        return value.asInt();
    }
}
