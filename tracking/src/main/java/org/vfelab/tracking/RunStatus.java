package org.vfelab.tracking;

/**
 * The life-cycle state of a run, in MLflow's own order and integer codes ({@code RunStatus} in
 * {@code mlflow/protos/service.proto}), because the FileStore persists the integer in {@code meta.yaml} and the
 * REST API sends the name: one enum serves both without a lookup table.
 */
public enum RunStatus {
    RUNNING(1), SCHEDULED(2), FINISHED(3), FAILED(4), KILLED(5);

    private final int code;

    RunStatus(int code) {
        this.code = code;
    }

    /** MLflow's integer for this status, as written in a run's {@code meta.yaml}. */
    public int code() {
        return code;
    }

    /** Whether a run in this status is over; only these may be passed to {@link TrackedRun#end}. */
    public boolean isTerminal() {
        return this == FINISHED || this == FAILED || this == KILLED;
    }

    /** The status with MLflow's integer {@code code}. */
    public static RunStatus fromCode(int code) {
        for (RunStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown MLflow run status code " + code + " (known: 1 to 5)");
    }
}
