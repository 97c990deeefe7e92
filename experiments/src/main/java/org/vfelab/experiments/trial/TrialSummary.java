package org.vfelab.experiments.trial;

import org.vfelab.core.train.TrainingResult;
import org.vfelab.reports.TextTable;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** The final summary printed after a trial: the recall table, then what the training cost. */
final class TrialSummary {

    /** Bytes per reported megabyte (MiB, as memory is usually reported for accelerators). */
    static final double MEGABYTE = 1024.0 * 1024.0;

    private TrialSummary() {
    }

    static String render(TrainingResult result) {
        TextTable cost = new TextTable(List.of("training", "value"))
                .row(List.of("outcome", result.outcome().tag()))
                .row(List.of("steps", Integer.toString(result.stepsDone())))
                .row(List.of("final loss", format("%.4f", result.finalLoss())))
                .row(List.of("tokens per clip", Integer.toString(result.tokensPerClip())))
                .row(List.of("trainable parameters", Long.toString(result.trainableParameters())))
                .row(List.of("peak training memory (live tensors)", format("%.1f MB", result.peakTensorBytes() / MEGABYTE)))
                .row(List.of("peak process RSS", format("%.1f MB", result.peakResidentBytes() / MEGABYTE)))
                .row(List.of("median step time", format("%.1f ms", result.medianStepSeconds() * 1000)))
                .row(List.of("throughput", format("%.1f clips/s", result.clipsPerSecond())));
        return "\n" + scores(result) + "\n" + cost.render();
    }

    /** The recall table of a retrieval task, or the task's own scores. */
    private static String scores(TrainingResult result) {
        if (result.taskScores().isEmpty()) {
            return RecallTable.render(result.finalScores());
        }
        TextTable table = new TextTable(List.of("score", "value"));
        new TreeMap<>(result.taskScores()).forEach((key, value) -> table.row(List.of(key, format("%.4f", value))));
        return table.render();
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
