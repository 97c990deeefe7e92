package org.vfelab.core.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import org.mlflow.tracking.MlflowClientException;
import org.mlflow.tracking.MlflowHttpException;

/**
 * Turns what the MLflow Java client and the HTTP stack throw into one-line {@link TrackingException}s that name
 * the server and the action (with its metric or param keys), so a dead server reads as "cannot reach MLflow
 * tracking server at http://host:5000 (connection refused)" in a sweep log instead of a client stack trace.
 */
final class RestFailures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RestFailures() {
    }

    /** The server could not be reached at all. */
    static TrackingException unreachable(URI server, String action, Throwable cause) {
        return new TrackingException("cannot reach MLflow tracking server at " + server + " (" + reason(cause)
                + ") to " + action, cause);
    }

    /** A client call failed: the server was unreachable, refused the request, or its answer was unreadable. */
    static TrackingException translate(URI server, String action, MlflowClientException failure) {
        if (failure instanceof MlflowHttpException http) {
            return rejected(server, action, http.getStatusCode(), http.getBodyMessage());
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return unreachable(server, action, cause);
            }
        }
        return new TrackingException("MLflow client failed to " + action + " on " + server + ": " + failure,
                failure);
    }

    /**
     * Whether the server said that the thing asked for does not exist (HTTP 404 with MLflow's
     * {@code RESOURCE_DOES_NOT_EXIST}), rather than a proxy answering 404 for a wrong URI.
     */
    static boolean isMissing(MlflowClientException failure) {
        if (!(failure instanceof MlflowHttpException http) || http.getStatusCode() != 404) {
            return false;
        }
        try {
            return "RESOURCE_DOES_NOT_EXIST".equals(JSON.readTree(String.valueOf(http.getBodyMessage()))
                    .path("error_code").asText());
        } catch (IOException notJson) {
            return false;
        }
    }

    /** The server answered with an error status; MLflow puts {@code error_code} and {@code message} in the body. */
    static TrackingException rejected(URI server, String action, int status, String body) {
        return new TrackingException("MLflow tracking server at " + server + " refused to " + action + ": HTTP "
                + status + " " + describeBody(body));
    }

    private static String describeBody(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        try {
            JsonNode error = JSON.readTree(body);
            if (error.hasNonNull("error_code") || error.hasNonNull("message")) {
                return error.path("error_code").asText("") + ": " + error.path("message").asText("");
            }
        } catch (IOException notJson) {
            // Proxies and load balancers answer in HTML or plain text: show it as it came.
        }
        return body.strip();
    }

    private static String reason(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                String message = String.valueOf(c.getMessage());
                return message.toLowerCase(Locale.ROOT).contains("refused") ? "connection refused" : message;
            }
            if (c instanceof UnknownHostException) {
                return "unknown host " + c.getMessage();
            }
            if (c instanceof SocketTimeoutException || c instanceof HttpTimeoutException) {
                return "timed out";
            }
        }
        return String.valueOf(cause);
    }
}
