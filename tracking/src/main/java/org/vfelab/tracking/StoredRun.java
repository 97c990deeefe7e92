package org.vfelab.tracking;

import java.util.Map;
import java.util.OptionalLong;

/**
 * A run as read back from a store (a local {@code meta.yaml} or a server's {@code runs/get}) plus params and tags,
 * enough for a sweep to skip a trial whose run already FINISHED (matched by tag) and for a report to label it.
 * Metric histories and artifact lists are read on demand through {@link LocalStoreReader}, as they can be large.
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

    /** Whether every entry of {@code wanted} is one of this run's tags, with the same value. */
    public boolean hasTags(Map<String, String> wanted) {
        return tags.entrySet().containsAll(wanted.entrySet());
    }
}
