package org.vfelab.experiments.runner;

import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.trial.CheckpointSaver;
import org.vfelab.experiments.trial.TrialLauncher;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.StoredRun;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.Tracker;
import org.vfelab.tracking.TrackingException;
import org.vfelab.tracking.TrainingOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trials that other sweeps of the same store have already trained. A trial key is a hash of the fully resolved
 * descriptor, parents included, so a finished run with the same key in another sweep is the same training: the
 * paper's sweeps share many arms (Table 1's unmasked backbones are Figure 2's, Figure 2's joint arms are the
 * sampler figure's random masking), and training them again would cost hours on a CPU. Such a run is copied into
 * the sweep as a run of its own (params, tags, the final value of each metric, the descriptor, log and checkpoint
 * artifacts), so the sweep's report and its later stages read it like any other; {@link RunTags#REUSED_FROM} names
 * the run it came from, whose metric curves stay there.
 */
final class TrialReuse {

    private static final List<String> ARTIFACTS = List.of(TrialLauncher.DESCRIPTOR_ARTIFACT,
            CheckpointSaver.ARTIFACT, TrialExecution.TRIAL_LOG_ARTIFACT);
    /** Tags that belong to the run in its own sweep, or to its creation, not to the training it records. */
    private static final Set<String> NOT_COPIED = Set.of(RunTags.CREATE_TOKEN, RunTags.DESCRIPTOR,
            RunTags.PARENT_RUN, "mlflow.runName");

    private final Tracker tracker;
    private final Map<String, Source> finishedByKey;

    private TrialReuse(Tracker tracker, Map<String, Source> finishedByKey) {
        this.tracker = tracker;
        this.finishedByKey = Map.copyOf(finishedByKey);
    }

    /**
     * The finished trials of {@code sweeps} (by name, earlier names first when two have the same key), read once;
     * a sweep the store does not have contributes none. {@code sweep} itself is left out.
     */
    static TrialReuse from(Tracker tracker, String sweep, List<String> sweeps) {
        Map<String, Source> finished = new LinkedHashMap<>();
        for (String other : sweeps) {
            if (other.equals(sweep)) {
                continue;
            }
            for (StoredRun run : tracker.findRuns(other, Map.of(RunTags.ROLE, RunTags.ROLE_TRIAL))) {
                String key = run.tags().get(RunTags.TRIAL_KEY);
                if (key != null && TrialHistory.finished(run)) {
                    finished.putIfAbsent(key, new Source(other, run));
                }
            }
        }
        return new TrialReuse(tracker, finished);
    }

    /** The finished run of another sweep this trial can be copied from, if any. */
    Optional<Source> sourceOf(PlannedTrial trial) {
        return Optional.ofNullable(finishedByKey.get(trial.key()));
    }

    /**
     * Records {@code trial} in {@code sweep}, under its parent run, as a copy of {@code source}.
     *
     * @throws TrackingException when the store cannot be read or written (the copy may then stand unfinished, and
     *                           the next invocation records it as killed and copies it again)
     */
    TrialEnd adopt(String sweep, String parentRunId, PlannedTrial trial, Source source) {
        StoredRun from = source.run();
        Map<String, String> tags = new LinkedHashMap<>(from.tags());
        tags.keySet().removeAll(NOT_COPIED);
        tags.putAll(TrialHistory.childTags(sweep, parentRunId, trial, from.tags().getOrDefault(RunTags.DEVICE, "-"),
                RunTags.RUNNING));
        tags.put(RunTags.REUSED_FROM, source.describe());
        try (TrackedRun copy = tracker.startRun(sweep, trial.label(), tags)) {
            copy.logParams(from.params());
            tracker.latestMetrics(from.runId()).forEach((key, value) -> copy.logMetric(key, value, 0));
            for (String artifact : ARTIFACTS) {
                Optional<Path> file = tracker.artifactFile(from.runId(), artifact);
                if (file.isPresent()) {
                    copy.logArtifact(artifact, read(file.get(), source));
                    if (artifact.equals(TrialLauncher.DESCRIPTOR_ARTIFACT)) {
                        copy.setTag(RunTags.DESCRIPTOR, copy.artifactUri() + "/" + artifact);
                    }
                }
            }
            copy.setTag(RunTags.OUTCOME, TrainingOutcome.FINISHED.tag());
            copy.end(RunStatus.FINISHED);
        }
        return new TrialEnd(trial, TrainingOutcome.FINISHED, "reused from " + source.describe(), "-", Duration.ZERO);
    }

    private static byte[] read(Path file, Source source) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TrackingException("cannot read " + file + " of run " + source.describe() + " to copy it: "
                    + e.getMessage(), e);
        }
    }

    /** A finished run of another sweep, and that sweep's name. */
    record Source(String sweep, StoredRun run) {
        /** {@code <sweep>/<run id>}, as the {@link RunTags#REUSED_FROM} tag records it. */
        String describe() {
            return sweep + "/" + run.runId();
        }
    }
}
