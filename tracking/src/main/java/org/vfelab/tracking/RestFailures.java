package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/**
 * Turns what the HTTP stack throws and what a tracking server answers into one-line {@link RestException}s that name
 * the server, the action (with its metric or param keys) and the request, so a dead server reads as "cannot reach
 * MLflow tracking server at http://host:5000 (connection refused) to log metrics loss of run ... (POST
 * /api/2.0/mlflow/runs/log-batch)" in a sweep log instead of a stack trace.
 */
final class RestFailures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOO_MANY_REQUESTS = 429;

    private RestFailures() {
    }

    /** The server could not be reached, or did not answer in time; {@code call} is e.g. "POST /api/...", or "". */
    static RestException unreachable(URI server, String action, String call, Throwable cause) {
        RestException.Kind kind = connected(cause) ? RestException.Kind.IN_DOUBT : RestException.Kind.NOT_CONNECTED;
        return new RestException("cannot reach MLflow tracking server at " + server + " (" + reason(cause)
                + ") to " + action + (call.isEmpty() ? "" : " (" + call + ")"), kind, 0, "", cause);
    }

    /** The server answered with an error status; MLflow puts {@code error_code} and {@code message} in the body. */
    static RestException rejected(URI server, String action, String call, int status, String body) {
        RestException.Kind kind = status >= 500 || status == TOO_MANY_REQUESTS ? RestException.Kind.IN_DOUBT
                : RestException.Kind.REJECTED;
        return new RestException("MLflow tracking server at " + server + " refused to " + action + ": HTTP "
                + status + " " + describeBody(body) + (call.isEmpty() ? "" : " (" + call + ")"), kind, status,
                errorCode(body), null);
    }

    private static String errorCode(String body) {
        try {
            return JSON.readTree(String.valueOf(body)).path("error_code").asText("");
        } catch (IOException notJson) {
            return "";
        }
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

    /** Whether a connection was made before the failure, so the server may have received the request. */
    private static boolean connected(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof HttpConnectTimeoutException) {
                return false;
            }
        }
        return true;
    }

    private static String reason(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException || c instanceof SocketTimeoutException) {
                return "timed out";
            }
            if (c instanceof HttpTimeoutException) {
                return "no answer within the request timeout, tracking.request_timeout";
            }
            if (c instanceof UnknownHostException) {
                return "unknown host " + c.getMessage();
            }
            // The JDK's HTTP client reports a refused connection as a ConnectException without a message.
            if (String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT).contains("refused")
                    || c instanceof ConnectException && c.getMessage() == null) {
                return "connection refused";
            }
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
