package org.vfelab.experiments.runner;

import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.trial.ProgressLine;
import org.vfelab.reports.TextTable;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table of the sweep's trials redrawn in place on a terminal (ANSI cursor movement), at most once a second:
 * trial, arm, device, state, step, loss, ETA. Notes are printed above it.
 */
final class LiveBoard implements SweepBoard {

    private static final long REDRAW_MILLIS = 1000;
    private static final String UP = "\u001b[%dA";
    private static final String CLEAR_BELOW = "\u001b[J";

    private final PrintWriter out;
    private final Map<PlannedTrial, Row> rows = new LinkedHashMap<>();
    private final Thread ticker;
    private int drawnLines;
    private boolean dirty = true;
    private volatile boolean open = true;

    LiveBoard(PrintWriter out, List<PlannedTrial> trials) {
        this.out = out;
        trials.forEach(trial -> rows.put(trial, new Row()));
        ticker = new Thread(this::tick, "sweep-board");
        ticker.setDaemon(true);
        ticker.start();
    }

    @Override
    public synchronized void started(PlannedTrial trial, String device) {
        Row row = rows.get(trial);
        row.device = device;
        row.state = "running";
        row.startedNanos = System.nanoTime();
        dirty = true;
    }

    @Override
    public synchronized void progress(PlannedTrial trial, ProgressLine line) {
        Row row = rows.get(trial);
        row.step = line.step() + "/" + line.totalSteps();
        row.loss = String.format(Locale.ROOT, "%.4f", line.loss());
        row.eta = Clock.minutes(line.etaSeconds());
        dirty = true;
    }

    @Override
    public synchronized void ended(TrialEnd end) {
        Row row = rows.get(end.trial());
        row.state = end.outcome().tag();
        row.device = end.device();
        row.eta = "took " + Clock.minutes(end.time().toSeconds());
        dirty = true;
        redraw();
    }

    @Override
    public synchronized void note(String message) {
        erase();
        out.println("vfe: " + message);
        dirty = true;
        redraw();
    }

    @Override
    public synchronized void close() {
        open = false;
        ticker.interrupt();
        dirty = true;
        redraw();
    }

    private void tick() {
        while (open) {
            try {
                Thread.sleep(REDRAW_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                dirty = true;
                redraw();
            }
        }
    }

    private void redraw() {
        if (!dirty) {
            return;
        }
        TextTable table = new TextTable(List.of("#", "trial", "arm", "device", "state", "step", "loss", "ETA"));
        int index = 1;
        for (Map.Entry<PlannedTrial, Row> entry : rows.entrySet()) {
            PlannedTrial trial = entry.getKey();
            Row row = entry.getValue();
            String eta = row.state.equals("running") && row.eta.isEmpty()
                    ? "(" + Clock.minutes((System.nanoTime() - row.startedNanos) / 1_000_000_000L) + ")" : row.eta;
            table.row(List.of(Integer.toString(index++), trial.label(), trial.arm(), row.device, row.state, row.step,
                    row.loss, eta));
        }
        String text = table.render();
        erase();
        out.print(text);
        out.flush();
        drawnLines = (int) text.lines().count();
        dirty = false;
    }

    private void erase() {
        if (drawnLines > 0) {
            out.print(String.format(UP, drawnLines) + "\r" + CLEAR_BELOW);
            drawnLines = 0;
        }
    }

    /** The mutable state of one trial's line, guarded by the board's lock. */
    private static final class Row {
        private String device = "-";
        private String state = "queued";
        private String step = "";
        private String loss = "";
        private String eta = "";
        private long startedNanos;
    }
}
