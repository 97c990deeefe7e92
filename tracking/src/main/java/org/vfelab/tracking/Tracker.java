package org.vfelab.tracking;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One MLflow tracking store. Trials depend on this interface only, so whether results land in a local
 * {@code mlruns/} directory (the offline default) or on a team's tracking server is one command-line URI.
 */
public interface Tracker {

    /**
     * Starts a run in the named experiment, creating the experiment if it does not exist yet; a second run with
     * the same experiment name joins the same experiment. {@code tags} may override the {@code mlflow.user} and
     * {@code mlflow.source.*} tags that are set by default, like MLflow's own clients set them.
     */
    TrackedRun startRun(String experimentName, String runName, Map<String, String> tags);

    /**
     * Opens an existing run for more logging (a sweep's parent run when the sweep resumes, a trial's run after its
     * JVM died); its status stays as it is until {@link TrackedRun#end} or {@link TrackedRun#reopen}. A run that
     * has already ended takes more params, metrics, tags and artifacts too, as in MLflow, and closing its handle
     * without {@code end} leaves its status alone (see {@link TrackedRun#close}).
     *
     * @throws TrackingException when there is no such run (message names the run id and the store)
     */
    TrackedRun attachRun(String runId);

    /**
     * The run with this id, with its params and tags; empty when the store has no such run (a deleted run counts
     * as none, as in MLflow's searches).
     */
    Optional<StoredRun> findRun(String runId);

    /**
     * The active runs of the named experiment whose tags include every entry of {@code tags} (exact value match),
     * oldest first (by start time, then run id); empty when the experiment does not exist. Tag values must not
     * contain {@code '} or {@code \}, which MLflow's search filter cannot quote; every store refuses them with
     * an {@link IllegalArgumentException}, so a sweep behaves the same on a local store and on a server.
     */
    List<StoredRun> findRuns(String experimentName, Map<String, String> tags);

    /**
     * The last logged value of each metric of a run (what MLflow shows in its runs table), for reports; empty
     * when the run logged no metric.
     *
     * @throws TrackingException when there is no such run
     */
    Map<String, Double> latestMetrics(String runId);

    /**
     * A run's artifact as a file on this machine, e.g. the {@code checkpoint.zip} of a finished sweep stage that a
     * later stage starts from: in a local store the artifact file itself; on a server, a copy downloaded through
     * its artifact proxy into a cache folder keyed by run id (downloaded once, reused by later calls). Empty when
     * the run has no such artifact.
     *
     * @param relativePath the artifact path as logged, e.g. {@code checkpoint.zip}
     * @throws TrackingException when there is no such run, or the artifact cannot be read or downloaded
     */
    Optional<Path> artifactFile(String runId, String relativePath);

    /** The store in words for logs: {@code local MLflow store /abs/mlruns} or {@code MLflow server http://h:5000}. */
    String describe();

    /**
     * The tracker for a tracking URI as MLflow reads it: {@code http://} and {@code https://} go to a tracking
     * server over REST; {@code file:///abs/dir}, an absolute path or a relative path such as {@code mlruns} go to a
     * local FileStore directory (which need not exist yet).
     */
    static Tracker forUri(String uri) {
        return forUri(uri, ServerOptions.defaults());
    }

    /**
     * {@link #forUri(String)}, a tracking server being reached with {@code options} (journal, retries, timeouts);
     * a local store ignores them.
     */
    static Tracker forUri(String uri, ServerOptions options) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("tracking URI is blank; use a directory such as 'mlruns' or a "
                    + "server such as 'http://localhost:5000'");
        }
        String scheme = TrackerUris.scheme(uri);
        return switch (scheme) {
            case "http", "https" -> new RestTracker(TrackerUris.serverUri(uri), options);
            case "file" -> new LocalFileStore(TrackerUris.filePath(uri));
            case "" -> new LocalFileStore(Path.of(uri));
            default -> throw new TrackingException("unsupported tracking URI scheme '" + scheme + "' in '" + uri
                    + "' (supported: http, https, file, or a plain directory path)");
        };
    }
}
