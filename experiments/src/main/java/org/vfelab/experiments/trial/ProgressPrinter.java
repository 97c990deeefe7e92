package org.vfelab.experiments.trial;

import org.vfelab.core.eval.FamilyScores;
import org.vfelab.core.memory.ResidentMemorySampler;
import org.vfelab.core.train.StepReport;
import org.vfelab.core.train.TrainingListener;

import java.io.PrintWriter;
import org.vfelab.core.train.ModelSummary;

import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Prints a progress line every N steps (step, loss, clips/s, ETA) and a line per evaluation. */
final class ProgressPrinter implements TrainingListener {

    private final PrintWriter out;
    private final int every;
    private final int batchSize;
    private double secondsSinceLastLine;
    private int stepsSinceLastLine;

    ProgressPrinter(PrintWriter out, int every, int batchSize) {
        this.out = out;
        this.every = Math.max(1, every);
        this.batchSize = batchSize;
    }

    @Override
    public void onModelBuilt(ModelSummary summary) {
        out.printf(Locale.ROOT, "vfe: model: %,d parameters, %,d trainable (%.1f %%), %d video tokens per clip%n",
                summary.parameters(), summary.trainableParameters(),
                100.0 * summary.trainableParameters() / summary.parameters(), summary.tokensPerClip());
        summary.start().ifPresent(start -> out.println("vfe: weights from model.init_from: " + start.summary()));
        if (summary.start().isEmpty() && summary.trainableParameters() < summary.parameters()) {
            out.println("vfe: warning: part of the model is frozen but model.init_from is empty, so the frozen weights"
                    + " stay random; start from a checkpoint (see experiments/image-pretrain.yaml)");
        }
        out.flush();
    }

    @Override
    public void onStep(StepReport report) {
        secondsSinceLastLine += report.seconds();
        stepsSinceLastLine++;
        if (report.step() % every != 0 && report.step() != report.totalSteps() && report.step() != 1) {
            return;
        }
        double secondsPerStep = secondsSinceLastLine / stepsSinceLastLine;
        long eta = Math.round(secondsPerStep * (report.totalSteps() - report.step()));
        out.printf(Locale.ROOT, "step %5d/%d  loss %.4f  lr %.2e  %6.1f clips/s  tensors %6.1f MB  rss %6.0f MB"
                        + "  ETA %d:%02d%n", report.step(), report.totalSteps(), report.loss(), report.learningRate(),
                batchSize / secondsPerStep, report.liveTensorBytes() / TrialSummary.MEGABYTE,
                ResidentMemorySampler.currentBytes() / TrialSummary.MEGABYTE, eta / 60, eta % 60);
        secondsSinceLastLine = 0;
        stepsSinceLastLine = 0;
    }

    @Override
    public void onEvaluation(int step, List<FamilyScores> scores) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "eval at step %d:", step));
        for (FamilyScores s : scores) {
            line.append(String.format(Locale.ROOT, "  %s T2V R@1 %.3f", s.prefix(), s.textToVideoRecall().get(
                    s.textToVideoRecall().firstKey())));
        }
        out.println(line);
    }

    @Override
    public void onTaskScores(int step, Map<String, Double> scores) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "eval at step %d:", step));
        scores.forEach((key, value) -> line.append(String.format(Locale.ROOT, "  %s %.4f", key, value)));
        out.println(line);
    }
}
