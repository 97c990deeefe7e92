package org.vfelab.experiments.trial;

import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.TrackingException;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/**
 * A tracked run that survives its store: when the store fails mid-run (a tracking server going away), training
 * goes on, the failure is reported once, and later logging is skipped, so a long trial is never thrown away
 * because of its bookkeeping. The caller asks {@link #failure()} at the end and says the record is incomplete.
 */
final class FailSoftRun implements TrackedRun {

    private final TrackedRun run;
    private final PrintWriter err;
    private TrackingException failure;

    FailSoftRun(TrackedRun run, PrintWriter err) {
        this.run = run;
        this.err = err;
    }

    /** The first store failure, if any happened. */
    Optional<TrackingException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String runId() {
        return run.runId();
    }

    @Override
    public String experimentId() {
        return run.experimentId();
    }

    @Override
    public String artifactUri() {
        return run.artifactUri();
    }

    @Override
    public void logParams(Map<String, String> params) {
        guard(() -> run.logParams(params));
    }

    @Override
    public void logMetric(String key, double value, long step) {
        guard(() -> run.logMetric(key, value, step));
    }

    @Override
    public void setTag(String key, String value) {
        guard(() -> run.setTag(key, value));
    }

    @Override
    public void logArtifact(String relativePath, byte[] content) {
        guard(() -> run.logArtifact(relativePath, content));
    }

    @Override
    public void end(RunStatus status) {
        guard(() -> run.end(status));
    }

    @Override
    public void reopen() {
        guard(run::reopen);
    }

    /** Closes the run also after a failure, so its journal is closed and released. */
    @Override
    public void close() {
        try {
            run.close();
        } catch (TrackingException e) {
            if (failure == null) {
                failure = e;
                err.println("vfe: tracking failed: " + e.getMessage());
                err.flush();
            }
        }
    }

    private void guard(Runnable call) {
        if (failure != null) {
            return;
        }
        try {
            call.run();
        } catch (TrackingException e) {
            failure = e;
            err.println("vfe: tracking failed: " + e.getMessage());
            err.flush();
        }
    }
}
