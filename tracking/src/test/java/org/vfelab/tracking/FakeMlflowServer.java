package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.time.Duration;

/**
 * An in-process stand-in for an MLflow tracking server that implements just the endpoints the tracker uses and
 * checks each request against MLflow's REST API reference ({@code docs/api_reference/source/rest-api.rst}):
 * method, path, content type, and field names and JSON types (int64 as number or decimal string, as protobuf's
 * JSON mapping allows; doubles as numbers or "NaN"/"Infinity"/"-Infinity"). A request that breaks the API is
 * answered 400 and listed in {@link #violations()}, so a test both fails loudly and can say why. Runs are kept
 * in memory ({@link FakeRuns}), so what the tracker logged can be read back and searched; so are the artifacts
 * uploaded through the artifact proxy, which a {@code GET} of the same path returns (404 when there is none).
 * Faults can be injected ({@link FakeFaults}) and the server stopped and restarted on the same port with its state,
 * to test that tracking survives an unhealthy server.
 */
public final class FakeMlflowServer implements AutoCloseable {
    public static final String API = "/api/2.0/mlflow/";

    /**
     * One request as received; {@code json} is null for artifact uploads and downloads, {@code upgrade} the value of
     * its {@code Upgrade} header (null when it had none).
     */
    public record Received(String method, String path, String query, JsonNode json, byte[] body, String upgrade) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int port;
    private final FakeFaults faults = new FakeFaults();
    private HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> experiments = new ConcurrentHashMap<>();
    private final FakeRuns runs = new FakeRuns();
    private final Map<String, byte[]> artifacts = new ConcurrentHashMap<>();

    public FakeMlflowServer() throws IOException {
        server = listen(0);
        port = server.getAddress().getPort();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Stops listening, so connections are refused, keeping every run; {@link #restart} listens again. */
    public synchronized void stop() {
        server.stop(0);
    }

    /** Listens again on the same port, with the runs, experiments and artifacts it had. */
    public synchronized void restart() throws IOException {
        server = listen(port);
    }

    /** Breaks the next {@code times} requests whose path contains {@code pathPart} with {@code fault}. */
    public void inject(FakeFaults.Fault fault, String pathPart, int times) {
        faults.inject(fault, pathPart, times);
    }

    /** How late a {@link FakeFaults.Fault#SLOW} answer comes. */
    public void slowness(Duration delay) {
        faults.slowness(delay);
    }

    /** Like MLflow 3 under an old uvicorn: any request with an {@code Upgrade} header is answered 400. */
    public void refuseUpgrades(boolean refuse) {
        faults.refuseUpgrades(refuse);
    }

    /** Every point of metric {@code key} of a run as the server received it, duplicates included. */
    public List<JsonNode> points(String runId, String key) {
        return runs.points(runId, key);
    }

    /** A run's status ("" when there is no such run). */
    public String status(String runId) {
        return runs.status(runId);
    }

    /** A run's tags. */
    public Map<String, String> tags(String runId) {
        return runs.tags(runId);
    }

    /** The ids of the runs, oldest first. */
    public List<String> runIds() {
        return runs.ids();
    }

    /** The artifact uploaded to {@code pathEnd} (the end of its proxy path), if any. */
    public Optional<byte[]> artifact(String pathEnd) {
        return artifacts.entrySet().stream().filter(e -> e.getKey().endsWith(pathEnd)).map(Map.Entry::getValue)
                .findFirst();
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        listening.createContext("/", this::handle);
        listening.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-mlflow");
            thread.setDaemon(true);
            return thread;
        }));
        listening.start();
        return listening;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests to one REST endpoint such as {@code runs/log-batch}. */
    public List<Received> calls(String endpoint) {
        return received().stream().filter(r -> r.path().equals(API + endpoint)).toList();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public synchronized void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String upgrade = exchange.getRequestHeaders().getFirst("Upgrade");
            if (faults.refuseUpgrades() && exchange.getRequestHeaders().containsKey("Upgrade")) {
                reply(exchange, 400, "Unsupported upgrade request.");
                return;
            }
            Optional<FakeFaults.Fault> fault = faults.take(path);
            if (fault.isPresent() && fault.get() != FakeFaults.Fault.RESET_AFTER
                    && fault.get() != FakeFaults.Fault.SLOW) {
                failBeforeApplying(exchange, fault.get());
                return;
            }
            if (fault.isPresent()) {
                applyThenFail(exchange, fault.get(), method, path, query, body, upgrade);
                return;
            }
            if (path.startsWith(ArtifactProxy.API_PATH + "/") && (method.equals("PUT") || method.equals("GET"))) {
                received.add(new Received(method, path, query, null, body, upgrade));
                artifact(exchange, method, path, body);
                return;
            }
            JsonNode json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            received.add(new Received(method, path, query, json, body, upgrade));
            RestCheck check = new RestCheck(method + " " + path, json);
            if (method.equals("POST")) {
                check.require(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                        .startsWith("application/json"), "POST without Content-Type application/json");
            }
            String answer = route(method, path, query, check);
            violations.addAll(check.problems());
            if (!check.problems().isEmpty()) {
                reply(exchange, 400, error("INVALID_PARAMETER_VALUE", String.join("; ", check.problems())));
            } else if (answer.startsWith("404 ")) {
                reply(exchange, 404, answer.substring(4));
            } else if (answer.startsWith("400 ")) {
                reply(exchange, 400, answer.substring(4));
            } else {
                reply(exchange, 200, answer);
            }
        }
    }

    /** A 500 or 503 answer; for a reset, nothing: an exchange closed without an answer drops the connection. */
    private static void failBeforeApplying(HttpExchange exchange, FakeFaults.Fault fault) throws IOException {
        if (fault == FakeFaults.Fault.ERROR_500) {
            reply(exchange, 500, error("INTERNAL_ERROR", "injected failure"));
        } else if (fault == FakeFaults.Fault.UNAVAILABLE_503) {
            reply(exchange, 503, "<html>503 Service Unavailable</html>");
        }
    }

    /** Applies the request as usual (answering into a throw-away exchange), then breaks off or answers late. */
    private void applyThenFail(HttpExchange exchange, FakeFaults.Fault fault, String method, String path, String query,
                               byte[] body, String upgrade) throws IOException {
        String answer = "{}";
        if (path.startsWith(ArtifactProxy.API_PATH + "/")) {
            artifacts.put(path, body);
        } else {
            JsonNode json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            received.add(new Received(method, path, query, json, body, upgrade));
            answer = route(method, path, query, new RestCheck(method + " " + path, json));
        }
        if (fault == FakeFaults.Fault.SLOW) {
            try {
                Thread.sleep(faults.slowness().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, answer);
        }
    }

    /** Stores an upload, or answers a download with the stored bytes as {@code _download_artifact} does. */
    private void artifact(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        if (method.equals("PUT")) {
            artifacts.put(path, body);
            reply(exchange, 200, "{}");
            return;
        }
        byte[] stored = artifacts.get(path);
        if (stored == null) {
            reply(exchange, 404, error("RESOURCE_DOES_NOT_EXIST", "no artifact at " + path));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, stored.length);
        exchange.getResponseBody().write(stored);
    }

    private String route(String method, String path, String query, RestCheck check) {
        String endpoint = method + " " + path.substring(Math.min(path.length(), API.length()));
        switch (endpoint) {
            case "GET experiments/get-by-name": {
                String name = queryParameter(query, "experiment_name");
                check.require(name != null, "experiment_name query parameter missing");
                String id = experiments.get(String.valueOf(name));
                return id == null ? "404 " + error("RESOURCE_DOES_NOT_EXIST", "Could not find experiment '"
                        + name + "'") : "{\"experiment\":" + experiment(id, name) + "}";
            }
            case "POST experiments/create": {
                check.fields(Map.of("name", "string", "artifact_location", "string", "tags", "array"), "name");
                String id = String.valueOf(experiments.size() + 1);
                experiments.put(check.json().path("name").asText(), id);
                return "{\"experiment_id\":\"" + id + "\"}";
            }
            case "POST runs/create":
                check.fields(Map.of("experiment_id", "string", "user_id", "string", "run_name", "string",
                        "start_time", "int64", "tags", "array"), "experiment_id", "start_time");
                check.keyValues("tags");
                return runs.create(check.json());
            case "GET runs/get": {
                String runId = queryParameter(query, "run_id");
                check.require(runId != null, "run_id query parameter missing");
                for (String pair : String.valueOf(query).split("&")) {
                    String name = pair.split("=", 2)[0];
                    check.require(name.equals("run_id") || name.equals("run_uuid"), "unknown query parameter "
                            + name);
                }
                return runs.get(String.valueOf(runId));
            }
            case "POST runs/search":
                check.fields(Map.of("experiment_ids", "array", "filter", "string", "run_view_type", "view_type",
                        "max_results", "int32", "order_by", "array", "page_token", "string"));
                return runs.search(check);
            case "POST runs/log-batch":
                check.fields(Map.of("run_id", "string", "metrics", "array", "params", "array", "tags", "array"),
                        "run_id");
                check.metrics();
                check.keyValues("params");
                check.keyValues("tags");
                return runs.logBatch(check.json());
            case "GET metrics/get-history": {
                String runId = queryParameter(query, "run_id");
                String key = queryParameter(query, "metric_key");
                check.require(runId != null && key != null, "run_id or metric_key query parameter missing");
                return runs.history(String.valueOf(runId), String.valueOf(key));
            }
            case "POST runs/set-tag":
                check.fields(Map.of("run_id", "string", "run_uuid", "string", "key", "string", "value", "string"),
                        "run_id", "key", "value");
                return runs.setTag(check.json());
            case "POST runs/update":
                check.fields(Map.of("run_id", "string", "run_uuid", "string", "status", "status",
                        "end_time", "int64", "run_name", "string"), "run_id");
                return runs.update(check.json());
            default:
                check.require(false, "endpoint not in MLflow's REST API (or not expected here)");
                return "{}";
        }
    }

    private static String experiment(String id, String name) {
        return JSON.createObjectNode().put("experiment_id", id).put("name", name)
                .put("artifact_location", "mlflow-artifacts:/" + id).put("lifecycle_stage", "active").toString();
    }

    /** MLflow's error body. */
    static String error(String code, String message) {
        return JSON.createObjectNode().put("error_code", code).put("message", message).toString();
    }

    private static String queryParameter(String query, String name) {
        for (String pair : String.valueOf(query).split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
