package org.vfelab.core.tracking;

import java.util.Map;
import java.util.OptionalLong;

/**
 * A run as read from a local store: its {@code meta.yaml} plus params and tags, enough for a sweep to skip a
 * trial whose run already FINISHED (matched by tag) and for a report to label it. Metric histories and artifact
 * lists are read on demand through {@link LocalStoreReader}, as they can be large.
 *
 * @param endTime empty while the run has not ended
 */
public record StoredRun(String runId, String experimentId, String runName, RunStatus status, String userId,
                        String artifactUri, long startTime, OptionalLong endTime, Map<String, String> params,
                        Map<String, String> tags) {
    public StoredRun {
        params = Map.copyOf(params);
        tags = Map.copyOf(tags);
    }
}
