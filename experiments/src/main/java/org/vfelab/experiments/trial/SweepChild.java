package org.vfelab.experiments.trial;

import java.util.Map;

/**
 * How a trial that a sweep runner launched is recorded: into the child run the runner opened, and with the
 * checkpoint keys that the runner resolved from stage references to files recorded as the sweep planned them
 * ({@code @<parent trial key>}), so that the trial's params and trial key are the plan's, the same on every
 * machine, rather than a local path.
 *
 * @param runId      the run to log into
 * @param recordedAs planned values of checkpoint keys ({@link CheckpointKeys#PATHS}), by dotted key
 */
public record SweepChild(String runId, Map<String, String> recordedAs) {
    public SweepChild {
        recordedAs = Map.copyOf(recordedAs);
        for (String key : recordedAs.keySet()) {
            if (!CheckpointKeys.PATHS.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is not a checkpoint key (" + String.join(", ",
                        CheckpointKeys.PATHS) + "); only those are recorded as the sweep planned them");
            }
        }
    }
}
