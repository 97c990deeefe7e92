package org.vfelab.experiments.trial;

import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.eval.FamilyScores;
import org.vfelab.core.train.ModelSummary;
import org.vfelab.core.train.StepReport;
import org.vfelab.core.train.TrainingListener;

import java.util.List;
import java.util.Map;

/** Forwards training events to several listeners, in order. */
record TrialListeners(List<TrainingListener> listeners) implements TrainingListener {

    TrialListeners {
        listeners = List.copyOf(listeners);
    }

    @Override
    public void onModelBuilt(ModelSummary summary) {
        listeners.forEach(listener -> listener.onModelBuilt(summary));
    }

    @Override
    public void onGraphBuilt(SameDiff training) {
        listeners.forEach(listener -> listener.onGraphBuilt(training));
    }

    @Override
    public void onTrained(SameDiff graph) {
        listeners.forEach(listener -> listener.onTrained(graph));
    }

    @Override
    public void onStep(StepReport report) {
        listeners.forEach(listener -> listener.onStep(report));
    }

    @Override
    public void onEvaluation(int step, List<FamilyScores> scores) {
        listeners.forEach(listener -> listener.onEvaluation(step, scores));
    }

    @Override
    public void onTaskScores(int step, Map<String, Double> scores) {
        listeners.forEach(listener -> listener.onTaskScores(step, scores));
    }
}
