package org.vfelab.tracking;

/**
 * A request to a tracking server that failed, with what the journal's sender needs to decide what to do next:
 * whether it is worth retrying (the server was unreachable, timed out, broke the connection off or answered 5xx or
 * 429) and whether the server may have applied it anyway (everything but a refused connection), in which case the
 * sender checks the server's state before sending it again.
 */
public final class RestException extends TrackingException {
    private static final long serialVersionUID = 1L;

    /** How the request failed. */
    public enum Kind {
        /** No connection was made: the request certainly did not reach the server. */
        NOT_CONNECTED,
        /** Connected, but no complete answer (timeout, reset), or a 5xx/429 answer: it may have been applied. */
        IN_DOUBT,
        /** The server answered with a definite refusal (4xx other than 429). */
        REJECTED
    }

    private final Kind kind;
    private final int status;
    private final String errorCode;

    RestException(String message, Kind kind, int status, String errorCode, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.errorCode = errorCode;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether sending it again later can succeed. */
    public boolean retryable() {
        return kind != Kind.REJECTED;
    }

    /** Whether the server said that the thing asked for does not exist (MLflow's RESOURCE_DOES_NOT_EXIST). */
    boolean missing() {
        return status == 404 && "RESOURCE_DOES_NOT_EXIST".equals(errorCode);
    }
}
