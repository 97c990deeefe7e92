package org.vfelab.spec;

import java.nio.file.Path;

/**
 * Where runs are recorded: a local directory in MLflow's file-store layout (the default {@code mlruns}) or an
 * {@code http(s)://} tracking server, and how a run on a server survives the server's hiccups: everything it logs
 * is journaled locally first and delivered in the background, retried while the server is away.
 *
 * @param uri                   the store's path or URL
 * @param logCheckpoint         whether a finished run logs its trained weights as an artifact; off for sweeps that
 *                              only measure memory, where a ViT-L checkpoint would cost 1.2 GB a trial
 * @param retryForSeconds       how long a tracking server may stay unreachable during a run before delivery stops
 *                              (the journal keeps the rest for {@code vfe runs sync})
 * @param requestTimeoutSeconds how long one request to a tracking server may wait for its answer
 * @param journal               the directory of run journals; a leading {@code ~/} is the user's home
 */
public record TrackingSpec(String uri, boolean logCheckpoint, double retryForSeconds, double requestTimeoutSeconds,
                           String journal) {

    /** Requires a location, a journal directory and positive times. */
    public TrackingSpec {
        Check.notBlank("uri", uri);
        Check.positive("retry_for", retryForSeconds);
        Check.positive("request_timeout", requestTimeoutSeconds);
        Check.notBlank("journal", journal);
    }

    /** The journal directory, with {@code ~/} expanded to the user's home. */
    public Path journalDirectory() {
        return journal.equals("~") || journal.startsWith("~/")
                ? Path.of(System.getProperty("user.home")).resolve(journal.substring(Math.min(2, journal.length())))
                : Path.of(journal);
    }
}
