package org.vfelab.core.tracking;

import java.util.Map;

/**
 * One MLflow run, open for logging. It owns whatever connection or files it writes through, so a trial holds it
 * in try-with-resources: a trial that dies without calling {@link #end} is closed as FAILED rather than left
 * RUNNING forever in the UI and in the sweep's "skip finished trials" check.
 *
 * <p>Keys of params, metrics and tags follow MLflow's rule: letters, digits, {@code _ - . /} and spaces, and no
 * empty, {@code .} or {@code ..} path segment. A {@code /} groups metrics in sections of the MLflow UI, e.g.
 * {@code temporal/t2v_recall_at_1}. Logging after the run ended is a programming error and throws
 * {@link IllegalStateException}; failures of the store itself throw {@link TrackingException}.
 */
public interface TrackedRun extends AutoCloseable {

    /** MLflow's run id: 32 lowercase hex characters. */
    String runId();

    /** The id of the experiment the run belongs to. */
    String experimentId();

    /** Logs params; MLflow params are immutable, so re-logging a key with another value fails. */
    void logParams(Map<String, String> params);

    /** Logs one value of a metric at a training step, timestamped now; NaN and infinities are kept. */
    void logMetric(String key, double value, long step);

    /** Sets (or overwrites) a run tag. */
    void setTag(String key, String value);

    /** Stores an artifact under the run's artifact root, e.g. {@code experiment.yaml} or {@code logs/trial.log}. */
    void logArtifact(String relativePath, byte[] content);

    /** Ends the run with a terminal status (FINISHED, FAILED or KILLED); later calls do nothing. */
    void end(RunStatus status);

    /** Ends the run as FAILED unless {@link #end} was called. */
    @Override
    void close();
}
