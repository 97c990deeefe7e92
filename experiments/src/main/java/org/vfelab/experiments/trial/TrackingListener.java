package org.vfelab.experiments.trial;

import org.vfelab.core.eval.FamilyScores;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.core.train.StepReport;
import org.vfelab.core.train.TrainingListener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends training progress to an MLflow run under fixed metric keys: {@code loss}, {@code lr} and
 * the loss's readouts every step; at each evaluation every family's scores under {@code <family>/<key>} and their
 * mean over the plain (unperturbed) families under the bare key.
 */
final class TrackingListener implements TrainingListener {

    private final TrackedRun run;

    TrackingListener(TrackedRun run) {
        this.run = run;
    }

    @Override
    public void onStep(StepReport report) {
        run.logMetric("loss", report.loss(), report.step());
        run.logMetric("lr", report.learningRate(), report.step());
        report.readouts().forEach((key, value) -> run.logMetric(key, value, report.step()));
    }

    @Override
    public void onEvaluation(int step, List<FamilyScores> scores) {
        scores.forEach(s -> s.metrics().forEach((key, value) -> run.logMetric(s.prefix() + "/" + key, value, step)));
        familyMeans(scores).forEach((key, value) -> run.logMetric(key, value, step));
    }

    @Override
    public void onTaskScores(int step, Map<String, Double> scores) {
        scores.forEach((key, value) -> run.logMetric(key, value, step));
    }

    /** The mean of each metric over the plain caption families (variants such as shuffled frames excluded). */
    static Map<String, Double> familyMeans(List<FamilyScores> scores) {
        Map<String, Double> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        scores.stream().filter(s -> s.variant().isEmpty()).forEach(s -> s.metrics().forEach((key, value) -> {
            sums.merge(key, value, Double::sum);
            counts.merge(key, 1, Integer::sum);
        }));
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((key, sum) -> means.put(key, sum / counts.get(key)));
        return means;
    }
}
