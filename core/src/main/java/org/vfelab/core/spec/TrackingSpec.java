package org.vfelab.core.spec;

/**
 * Where runs are recorded: a local directory in MLflow's file-store layout (the default {@code mlruns}) or an
 * {@code http(s)://} tracking server.
 *
 * @param uri the store's path or URL
 */
public record TrackingSpec(String uri) {

    /** Requires a location. */
    public TrackingSpec {
        Check.notBlank("uri", uri);
    }
}
