package org.vfelab.tracking;

import java.util.Map;

/**
 * One MLflow run, open for logging. It owns whatever connection or files it writes through, so a trial holds it
 * in try-with-resources: a trial that dies without calling {@link #end} is closed as FAILED rather than left
 * RUNNING forever in the UI and in the sweep's "skip finished trials" check. A handle from
 * {@link Tracker#attachRun} on a run that has already ended can still log (a sweep rewrites the outcome tag of
 * a crashed trial), and closing it leaves the run's status as it was.
 *
 * <p>Keys of params, metrics and tags follow MLflow's rule: letters, digits, {@code _ - . /} and spaces, and no
 * empty, {@code .} or {@code ..} path segment. A {@code /} groups metrics in sections of the MLflow UI, e.g.
 * {@code temporal/t2v_recall_at_1}. Logging through a handle after its own {@link #end} or {@link #close} (and
 * before a {@link #reopen}) is a programming error and throws {@link IllegalStateException}; failures of the
 * store itself throw {@link TrackingException}.
 */
public interface TrackedRun extends AutoCloseable {

    /** MLflow's run id: 32 lowercase hex characters. */
    String runId();

    /** The id of the experiment the run belongs to. */
    String experimentId();

    /**
     * Where the run's artifacts are, as MLflow names it ({@code file:///.../artifacts} in a local store,
     * {@code mlflow-artifacts:/1/<run>/artifacts} on a server), so a tag can point at a logged artifact.
     */
    String artifactUri();

    /** Logs params; MLflow params are immutable, so re-logging a key with another value fails. */
    void logParams(Map<String, String> params);

    /** Logs one value of a metric at a training step, timestamped now; NaN and infinities are kept. */
    void logMetric(String key, double value, long step);

    /** Sets (or overwrites) a run tag. */
    void setTag(String key, String value);

    /** Stores an artifact under the run's artifact root, e.g. {@code experiment.yaml} or {@code logs/trial.log}. */
    void logArtifact(String relativePath, byte[] content);

    /**
     * Ends the run with a terminal status (FINISHED, FAILED or KILLED) and the end time now, also over the status
     * of an attached run that had already ended; later calls do nothing until {@link #reopen}.
     */
    void end(RunStatus status);

    /**
     * Marks an ended run RUNNING again (MLflow's {@code update_run} with status RUNNING), so it can take more
     * logging and end again; e.g. a sweep's parent run when the sweep is run again.
     */
    void reopen();

    /**
     * Ends the run as FAILED if it is RUNNING as far as this handle knows (created, attached while running, or
     * reopened) and {@link #end} was not called since; a run attached after it ended keeps its status.
     */
    @Override
    void close();
}
