package org.vfelab.core.tracking;

import java.nio.file.Path;
import java.util.Map;

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

    /** The store in words for logs: {@code local MLflow store /abs/mlruns} or {@code MLflow server http://h:5000}. */
    String describe();

    /**
     * The tracker for a tracking URI as MLflow reads it: {@code http://} and {@code https://} go to a tracking
     * server over REST; {@code file:///abs/dir}, an absolute path or a relative path such as {@code mlruns} go to a
     * local FileStore directory (which need not exist yet).
     */
    static Tracker forUri(String uri) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("tracking URI is blank; use a directory such as 'mlruns' or a "
                    + "server such as 'http://localhost:5000'");
        }
        String scheme = TrackerUris.scheme(uri);
        return switch (scheme) {
            case "http", "https" -> new RestTracker(TrackerUris.serverUri(uri));
            case "file" -> new LocalFileStore(TrackerUris.filePath(uri));
            case "" -> new LocalFileStore(Path.of(uri));
            default -> throw new TrackingException("unsupported tracking URI scheme '" + scheme + "' in '" + uri
                    + "' (supported: http, https, file, or a plain directory path)");
        };
    }
}
