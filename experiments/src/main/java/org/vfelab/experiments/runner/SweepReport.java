package org.vfelab.experiments.runner;

import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.reports.TextTable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sweep invocation did and where every trial of the sweep stands: the outcome of each trial run now, the
 * recorded outcome of trials left alone (finished, or failed before without {@code --rerun-failed}), and
 * {@code not-run} for trials an interruption kept from starting.
 *
 * @param trackingFailure why the store failed, if it did; trials after it did not start
 */
public record SweepReport(String sweepName, List<PlannedTrial> trials, Map<PlannedTrial, TrialHistory.Decision> decisions,
                          Map<PlannedTrial, TrialEnd> ends, Duration time, boolean interrupted,
                          Optional<String> trackingFailure) {

    private static final String NOT_RUN = "not-run";
    private static final int DETAIL_CHARS = 90;

    public SweepReport {
        trials = List.copyOf(trials);
        decisions = Map.copyOf(decisions);
        ends = Map.copyOf(ends);
    }

    /** This report with {@code failure} as its tracking failure (the parent run's end did not reach the store). */
    public SweepReport withTrackingFailure(String failure) {
        return new SweepReport(sweepName, trials, decisions, ends, time, interrupted, Optional.of(failure));
    }

    /** How many trials stand at each outcome tag (plus {@code not-run}), in {@link TrainingOutcome} order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TrainingOutcome outcome : TrainingOutcome.values()) {
            counts.put(outcome.tag(), 0);
        }
        counts.put(NOT_RUN, 0);
        trials.forEach(trial -> counts.merge(standing(trial), 1, Integer::sum));
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    /** Whether a trial ran now and ended in {@code error} (a bug or bad input, unlike oom or diverged). */
    public boolean anyErrors() {
        return ends.values().stream().anyMatch(end -> end.outcome() == TrainingOutcome.ERROR);
    }

    /** The end-of-sweep summary: one row per trial, then the counts and the time taken. */
    public String render() {
        TextTable table = new TextTable(List.of("#", "trial", "outcome", "device", "time", "detail"));
        for (int i = 0; i < trials.size(); i++) {
            PlannedTrial trial = trials.get(i);
            TrialEnd end = ends.get(trial);
            String time = end == null ? "" : Clock.minutes(end.time().toSeconds());
            String detail = end != null ? end.detail() : switch (decisions.get(trial).action()) {
                case DONE -> "finished before";
                case FAILED_BEFORE -> "failed before: " + decisions.get(trial).previous()
                        .map(run -> run.tags().getOrDefault(RunTags.ERROR, "")).orElse("");
                case RUN -> interrupted ? "interrupted before it started" : "not started (tracking failed)";
            };
            table.row(List.of(Integer.toString(i + 1), trial.label(), standing(trial),
                    end == null ? "-" : end.device(), time, shorten(detail)));
        }
        List<String> parts = new ArrayList<>();
        counts().forEach((outcome, count) -> parts.add(count + " " + outcome));
        return "\n" + table.render() + String.format("%nsweep '%s': %d trials: %s; this run took %s%s%n",
                sweepName, trials.size(), String.join(", ", parts), Clock.minutes(time.toSeconds()),
                interrupted ? " (interrupted)" : "");
    }

    private String standing(PlannedTrial trial) {
        TrialEnd end = ends.get(trial);
        if (end != null) {
            return end.outcome().tag();
        }
        TrialHistory.Decision decision = decisions.get(trial);
        return switch (decision.action()) {
            case DONE -> TrainingOutcome.FINISHED.tag();
            case FAILED_BEFORE -> decision.previous().flatMap(TrialHistory::outcome).map(TrainingOutcome::tag)
                    .orElse(TrainingOutcome.ERROR.tag());
            case RUN -> NOT_RUN;
        };
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= DETAIL_CHARS ? line : line.substring(0, DETAIL_CHARS - 3) + "...";
    }
}
