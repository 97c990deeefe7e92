package org.vfelab.experiments.bench;

import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.perf.MatmulFlops;
import org.vfelab.core.train.StepReport;
import org.vfelab.core.train.TrainingListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Records a benchmark run's step times, and counts the FLOPs of its first step with a SameDiff listener that is
 * removed right after, so the measured steps run without it.
 */
final class StepRecorder implements TrainingListener {

    private final MatmulFlops flops = new MatmulFlops();
    private final List<Double> seconds = new ArrayList<>();
    private SameDiff graph;

    @Override
    public void onGraphBuilt(SameDiff training) {
        graph = training;
        graph.addListeners(flops);
    }

    @Override
    public void onStep(StepReport report) {
        if (report.step() == 1) {
            graph.setListeners();
        }
        seconds.add(report.seconds());
    }

    /** The FLOP count of the first step, and its largest multiply. */
    MatmulFlops flops() {
        return flops;
    }

    /** Every step's time in seconds, in order. */
    List<Double> seconds() {
        return List.copyOf(seconds);
    }
}
