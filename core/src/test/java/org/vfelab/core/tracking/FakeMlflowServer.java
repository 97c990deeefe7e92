package org.vfelab.core.tracking;

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
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-process stand-in for an MLflow tracking server that implements just the endpoints the tracker uses and
 * checks each request against MLflow's REST API reference ({@code docs/api_reference/source/rest-api.rst}):
 * method, path, content type, and field names and JSON types (int64 as number or decimal string, as protobuf's
 * JSON mapping allows; doubles as numbers or "NaN"/"Infinity"/"-Infinity"). A request that breaks the API is
 * answered 400 and listed in {@link #violations()}, so a test both fails loudly and can say why. Runs are kept
 * in memory ({@link FakeRuns}), so what the tracker logged can be read back and searched; so are the artifacts
 * uploaded through the artifact proxy, which a {@code GET} of the same path returns (404 when there is none).
 */
public final class FakeMlflowServer implements AutoCloseable {
    public static final String API = "/api/2.0/mlflow/";

    /** One request as received; {@code json} is null for artifact uploads and downloads. */
    public record Received(String method, String path, String query, JsonNode json, byte[] body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> experiments = new ConcurrentHashMap<>();
    private final FakeRuns runs = new FakeRuns();
    private final Map<String, byte[]> artifacts = new ConcurrentHashMap<>();

    public FakeMlflowServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
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
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (path.startsWith(ArtifactProxy.API_PATH + "/") && (method.equals("PUT") || method.equals("GET"))) {
                received.add(new Received(method, path, query, null, body));
                artifact(exchange, method, path, body);
                return;
            }
            JsonNode json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            received.add(new Received(method, path, query, json, body));
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
