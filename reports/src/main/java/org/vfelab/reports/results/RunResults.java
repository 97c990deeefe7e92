package org.vfelab.reports.results;

import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.StoredRun;
import org.vfelab.tracking.Tracker;
import org.vfelab.tracking.TrainingOutcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the results table of an MLflow experiment (a sweep's, or any experiment's) from its runs, in the local
 * store or on a server: one row per trial key (the newest finished run of it, else its newest run, so failed and
 * out-of-memory trials are listed with their outcome), sweep parent runs left out.
 */
public final class RunResults {

    private RunResults() {
    }

    /** The results of every trial in {@code experiment}, in the order the trials were first run (runs oldest first). */
    public static ResultsTable of(Tracker tracker, String experiment) {
        Map<String, List<StoredRun>> byTrial = new LinkedHashMap<>();
        for (StoredRun run : tracker.findRuns(experiment, Map.of())) {
            if (!RunTags.ROLE_SWEEP.equals(run.tags().get(RunTags.ROLE))) {
                byTrial.computeIfAbsent(run.tags().getOrDefault(RunTags.TRIAL_KEY, run.runId()),
                        key -> new ArrayList<>()).add(run);
            }
        }
        List<TrialResult> rows = new ArrayList<>();
        for (List<StoredRun> runs : byTrial.values()) {
            StoredRun chosen = runs.stream().filter(RunResults::finished).reduce((a, b) -> b)
                    .orElse(runs.get(runs.size() - 1));
            rows.add(row(chosen, experiment, tracker.latestMetrics(chosen.runId())));
        }
        return new ResultsTable(rows);
    }

    private static TrialResult row(StoredRun run, String experiment, Map<String, Double> metrics) {
        Map<String, String> params = run.params();
        Map<String, String> tags = run.tags();
        return new TrialResult(run.runId(), tags.getOrDefault(RunTags.SWEEP, experiment),
                tags.getOrDefault(RunTags.ARM, run.runName()), run.runName(),
                Long.parseLong(params.getOrDefault("seed", "0")), outcome(run),
                params.getOrDefault("model.backbone.type", ""), params.getOrDefault("sampling.type", ""),
                Double.parseDouble(params.getOrDefault("sampling.mask_ratio", "NaN")),
                params.getOrDefault("model.preset", ""), tags.getOrDefault(RunTags.TRIAL_KEY, ""),
                params.getOrDefault("task.type", TrialResult.CONTRASTIVE), integer(params, "data.events"),
                integer(params, "training.steps"), ClipScale.fromParams(params), params, metrics);
    }

    private static int integer(Map<String, String> params, String key) {
        return params.containsKey(key) ? Integer.parseInt(params.get(key)) : TrialResult.NOT_LOGGED;
    }

    /** The {@code vfe.outcome} tag; a run without one (not written by vfe) reads as its MLflow status. */
    private static String outcome(StoredRun run) {
        String tag = run.tags().get(RunTags.OUTCOME);
        if (tag != null) {
            return tag.equals(RunTags.RUNNING) && run.status().isTerminal() ? TrainingOutcome.ERROR.tag() : tag;
        }
        return run.status() == RunStatus.FINISHED ? TrainingOutcome.FINISHED.tag()
                : run.status().name().toLowerCase(Locale.ROOT);
    }

    private static boolean finished(StoredRun run) {
        String finished = TrainingOutcome.FINISHED.tag();
        return run.status() == RunStatus.FINISHED && finished.equals(run.tags().getOrDefault(RunTags.OUTCOME, finished));
    }
}
