package org.vfelab.experiments.runner;

import org.vfelab.experiments.trial.Composition;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecParams;
import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.StoredRun;
import org.vfelab.tracking.TrackingException;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.StageLink;
import org.vfelab.experiments.trial.CheckpointSaver;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a stage starts from, put in place as it starts: each parent's finished run (of this invocation or an
 * earlier one) and that run's checkpoint artifact as a file on this machine (the local store's own file, or a copy
 * downloaded from the tracking server), which takes the place of the stage reference in the descriptor the trial's
 * JVM gets (a Spark executor, which may be another machine, fetches its own copy of the same run's artifact). Its
 * params and trial key keep the plan's {@code @<parent trial key>}, the same on every machine.
 */
final class StageInputs {

    private StageInputs() {
    }

    /**
     * The descriptor {@code trial}'s JVM gets and how its checkpoint keys are recorded; a trial that is not a
     * stage of a chain gets its planned descriptor as it is.
     *
     * @throws Unavailable naming the parent, when a parent has no finished run or its checkpoint cannot be had
     */
    static Resolved resolve(SweepContext context, PlannedTrial trial) throws Unavailable {
        Map<String, String> planned = SpecParams.flatten(trial.spec());
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> recordedAs = new LinkedHashMap<>();
        Map<String, String> parentRuns = new LinkedHashMap<>();
        Map<String, String> checkpointRuns = new LinkedHashMap<>();
        for (StageLink link : trial.links()) {
            StoredRun run = finishedRun(context, link.parent());
            parentRuns.put(link.parent().key(), run.runId());
            checkpointRuns.put(link.key(), run.runId());
            files.put(link.key(), checkpoint(context, link.parent(), run).toString());
            recordedAs.put(link.key(), planned.get(link.key()));
        }
        ExperimentSpec spec = files.isEmpty() ? trial.spec() : Composition.current().withValues(trial.spec(), files);
        return new Resolved(spec, recordedAs, List.copyOf(parentRuns.values()), checkpointRuns);
    }

    private static StoredRun finishedRun(SweepContext context, PlannedTrial parent) throws Unavailable {
        return context.tracker().findRuns(context.sweepName(), Map.of(RunTags.TRIAL_KEY, parent.key())).stream()
                .filter(TrialHistory::finished).reduce((earlier, later) -> later)
                .orElseThrow(() -> new Unavailable("its parent '" + parent.label() + "' has no finished run in "
                        + context.tracker().describe()));
    }

    private static Path checkpoint(SweepContext context, PlannedTrial parent, StoredRun run) throws Unavailable {
        String which = "its parent '" + parent.label() + "' (run " + run.runId() + ")";
        try {
            return context.tracker().artifactFile(run.runId(), CheckpointSaver.ARTIFACT).orElseThrow(
                    () -> new Unavailable(which + " finished without a " + CheckpointSaver.ARTIFACT + " artifact "
                            + "to start from (it ran before stage chains, or with tracking.log_checkpoint off); "
                            + "delete that run (e.g. in mlflow ui) so that 'vfe sweep' runs it again"));
        } catch (TrackingException e) {
            throw new Unavailable("cannot fetch the " + CheckpointSaver.ARTIFACT + " of " + which + ": "
                    + e.getMessage());
        }
    }

    /**
     * A stage's inputs, resolved.
     *
     * @param spec           the descriptor its JVM trains, checkpoint keys naming files
     * @param recordedAs     how those keys are recorded instead: as planned, {@code @<parent trial key>}
     * @param parentRunIds   the parents' finished runs, for the {@code vfe.parents} tag
     * @param checkpointRuns the run whose checkpoint each checkpoint key names, for a trial on a Spark executor,
     *                       which fetches its own copy
     */
    record Resolved(ExperimentSpec spec, Map<String, String> recordedAs, List<String> parentRunIds,
                    Map<String, String> checkpointRuns) {
        Resolved {
            recordedAs = Map.copyOf(recordedAs);
            parentRunIds = List.copyOf(parentRunIds);
            checkpointRuns = Map.copyOf(checkpointRuns);
        }
    }

    /** A parent's checkpoint cannot be had: the stage is recorded as {@code error} and the others go on. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }
}
