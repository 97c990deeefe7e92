package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * MLflow's REST API over plain {@code java.net.http}, in place of the MLflow Java client, because that client has no
 * read timeout (a server that accepts connections and never answers hangs it forever) and logs a misleading
 * "Rate limit exceeded ... Retrying" warning for every expected 404. Every request has a connect and a read
 * timeout and speaks HTTP/1.1: the JDK client otherwise asks plain-http servers for an {@code Upgrade: h2c}, which
 * some uvicorn versions serving MLflow refuse with 400. Failures are {@link RestException}s naming the server, the
 * action and the request.
 */
final class MlflowHttp {
    static final String API = "/api/2.0/mlflow/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final Duration requestTimeout;
    private final HttpClient http;

    /** A client for {@code server} (without a trailing slash) with the given connect and read timeouts. */
    MlflowHttp(URI server, Duration connectTimeout, Duration requestTimeout) {
        this.server = server;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .build();
    }

    URI server() {
        return server;
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    /** {@code GET /api/2.0/mlflow/<endpoint>?<query>}, the answer's JSON. */
    JsonNode get(String endpoint, Map<String, String> query, String action) {
        String encoded = query.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        URI url = URI.create(server + API + endpoint + (encoded.isEmpty() ? "" : "?" + encoded));
        return send(HttpRequest.newBuilder(url).timeout(requestTimeout).GET(), "GET " + API + endpoint, action);
    }

    /** {@code POST /api/2.0/mlflow/<endpoint>} with a JSON body, the answer's JSON. */
    JsonNode post(String endpoint, JsonNode body, String action) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + API + endpoint))
                .timeout(requestTimeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        return send(request, "POST " + API + endpoint, action);
    }

    /** Sends a request (built with its timeout), turning every failure into a {@link RestException}. */
    <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body, String call,
                                 String action) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw RestFailures.unreachable(server, action, call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackingException("interrupted while trying to " + action + " on " + server + " (" + call
                    + ")", e);
        }
    }

    private JsonNode send(HttpRequest.Builder request, String call, String action) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(), call, action);
        if (response.statusCode() / 100 != 2) {
            throw RestFailures.rejected(server, action, call, response.statusCode(), response.body());
        }
        try {
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new TrackingException("MLflow tracking server at " + server + " answered " + call + " to " + action
                    + " with a body that is not JSON: " + abbreviate(response.body()), e);
        }
    }

    private static String abbreviate(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
