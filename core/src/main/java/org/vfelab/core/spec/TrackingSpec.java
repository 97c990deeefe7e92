package org.vfelab.core.spec;

/**
 * Where runs are recorded: a local directory in MLflow's file-store layout (the default {@code mlruns}) or an
 * {@code http(s)://} tracking server.
 *
 * @param uri           the store's path or URL
 * @param logCheckpoint whether a finished run logs its trained weights as an artifact; off for sweeps that only
 *                      measure memory, where a ViT-L checkpoint would cost 1.2 GB a trial
 */
public record TrackingSpec(String uri, boolean logCheckpoint) {

    /** Requires a location. */
    public TrackingSpec {
        Check.notBlank("uri", uri);
    }
}
