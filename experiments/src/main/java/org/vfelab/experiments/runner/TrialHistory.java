package org.vfelab.experiments.runner;

import org.vfelab.core.tracking.RunStatus;
import org.vfelab.core.tracking.StoredRun;
import org.vfelab.core.train.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the tracking store already knows about a sweep's trials, by trial key, and so what to do with each:
 * a trial with a finished run is done for good; one whose last run failed in a way that would repeat (oom,
 * diverged, timeout, error) is left alone unless failed trials are to be rerun; anything else (never run, killed,
 * skipped for the memory budget or because a parent stage did not finish, or left RUNNING by a runner that died)
 * runs.
 */
public final class TrialHistory {

    /** Tags of the runs a sweep writes. */
    public static final String KEY_TAG = "vfe.trial_key";
    public static final String OUTCOME_TAG = "vfe.outcome";
    public static final String SWEEP_TAG = "vfe.sweep";
    public static final String ARM_TAG = "vfe.arm";
    public static final String DEVICE_TAG = "vfe.device";
    public static final String ROLE_TAG = "vfe.role";
    public static final String ERROR_TAG = "vfe.error";
    public static final String PARENT_TAG = "mlflow.parentRunId";
    /** The Spark executor a trial's attempt ran on, and its host (sweeps with {@code --executor spark}). */
    public static final String EXECUTOR_TAG = "vfe.executor";
    public static final String HOST_TAG = "vfe.host";
    /** The attempt number of a trial's run after its first was lost with its Spark executor: 2, 3. */
    public static final String ATTEMPT_TAG = "vfe.attempt";
    /** The runs of the parent stages whose checkpoints a stage started from, comma-separated. */
    public static final String STAGE_PARENTS_TAG = "vfe.parents";

    private static final Set<TrainingOutcome> REPEATABLE_FAILURES = Set.of(TrainingOutcome.OOM,
            TrainingOutcome.DIVERGED, TrainingOutcome.TIMEOUT, TrainingOutcome.ERROR);

    private final Map<String, List<StoredRun>> runsByKey = new LinkedHashMap<>();

    /** @param runs runs of the sweep's experiment, oldest first */
    public TrialHistory(List<StoredRun> runs) {
        for (StoredRun run : runs) {
            String key = run.tags().get(KEY_TAG);
            if (key != null) {
                runsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
            }
        }
    }

    /** The tags a trial's child run starts with, before its JVM adds what it sees (backend, device). */
    public static Map<String, String> childTags(String sweep, String parentRunId, PlannedTrial trial, String device,
                                                String outcome) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(PARENT_TAG, parentRunId);
        tags.put(SWEEP_TAG, sweep);
        tags.put(ARM_TAG, trial.arm());
        tags.put(KEY_TAG, trial.key());
        tags.put(ROLE_TAG, "trial");
        tags.put(DEVICE_TAG, device);
        tags.put(OUTCOME_TAG, outcome);
        return tags;
    }

    /** What to do with the trial of this key. */
    public Decision decide(String key, boolean rerunFailed) {
        List<StoredRun> runs = runsByKey.getOrDefault(key, List.of());
        Optional<StoredRun> finished = runs.stream().filter(TrialHistory::finished).reduce((a, b) -> b);
        if (finished.isPresent()) {
            return new Decision(Action.DONE, finished);
        }
        Optional<StoredRun> last = runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
        boolean failed = last.map(run -> run.status().isTerminal()
                && REPEATABLE_FAILURES.contains(outcome(run).orElse(TrainingOutcome.KILLED))).orElse(false);
        return new Decision(failed && !rerunFailed ? Action.FAILED_BEFORE : Action.RUN, last);
    }

    /** Runs still RUNNING: their runner died before it could record how they ended. */
    public List<StoredRun> abandoned() {
        return runsByKey.values().stream().flatMap(List::stream)
                .filter(run -> run.status() == RunStatus.RUNNING).toList();
    }

    /** The outcome a run's tag records, if it is a known terminal one. */
    public static Optional<TrainingOutcome> outcome(StoredRun run) {
        try {
            return Optional.ofNullable(run.tags().get(OUTCOME_TAG)).map(TrainingOutcome::fromTag);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a run trained to the end: the only kind a later stage can start from. */
    static boolean finished(StoredRun run) {
        return run.status() == RunStatus.FINISHED && outcome(run).orElse(null) == TrainingOutcome.FINISHED;
    }

    /** What the runner does with a planned trial. */
    public enum Action { RUN, DONE, FAILED_BEFORE }

    /**
     * @param previous the finished run (DONE), the failed run (FAILED_BEFORE), or the last run if any (RUN)
     */
    public record Decision(Action action, Optional<StoredRun> previous) {
    }
}
