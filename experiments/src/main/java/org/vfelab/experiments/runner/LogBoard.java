package org.vfelab.experiments.runner;

import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.trial.ProgressLine;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The sweep's progress as plain lines, one per event, for logs and pipes where a redrawn table would be noise. */
final class LogBoard implements SweepBoard {

    private final PrintWriter out;
    private final List<PlannedTrial> trials;

    LogBoard(PrintWriter out, List<PlannedTrial> trials) {
        this.out = out;
        this.trials = List.copyOf(trials);
    }

    @Override
    public synchronized void started(PlannedTrial trial, String device) {
        print(trial, "started on " + device);
    }

    @Override
    public synchronized void progress(PlannedTrial trial, ProgressLine line) {
        print(trial, String.format(Locale.ROOT, "step %d/%d  loss %.4f  ETA %s", line.step(), line.totalSteps(),
                line.loss(), Clock.minutes(line.etaSeconds())));
    }

    @Override
    public synchronized void ended(TrialEnd end) {
        String detail = end.detail().isEmpty() ? "" : ": " + end.detail();
        print(end.trial(), end.outcome().tag() + " after " + Clock.minutes(end.time().toSeconds()) + detail);
    }

    @Override
    public synchronized void note(String message) {
        out.println("vfe: " + message);
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }

    private void print(PlannedTrial trial, String text) {
        out.printf("[%d/%d] %s: %s%n", trials.indexOf(trial) + 1, trials.size(), trial.label(), text);
        out.flush();
    }
}
