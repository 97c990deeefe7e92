package org.vfelab.experiments.bench;

import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.memory.ResidentMemorySampler;
import org.vfelab.core.train.StepReport;
import org.vfelab.core.train.TrainingListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Records a benchmark run's step times, counts the FLOPs of its first step with a SameDiff listener that is removed
 * right after, and, when asked, times the ops of one step; the other steps run without listeners.
 */
final class StepRecorder implements TrainingListener {

    private final MatmulFlops flops = new MatmulFlops();
    private final OpTimes profile = new OpTimes();
    private final int profiledStep;
    private final List<Double> seconds = new ArrayList<>();
    private final List<Long> residentBytes = new ArrayList<>();
    private SameDiff graph;

    /** @param profiledStep the step whose op times to record (0: none); after warm-up, so caches are built */
    StepRecorder(int profiledStep) {
        this.profiledStep = profiledStep;
    }

    @Override
    public void onGraphBuilt(SameDiff training) {
        graph = training;
        graph.addListeners(flops);
    }

    @Override
    public void onStep(StepReport report) {
        seconds.add(report.seconds());
        residentBytes.add(ResidentMemorySampler.currentBytes());
        if (report.step() == 1) {
            graph.setListeners();
        }
        if (profiledStep > 0 && report.step() == profiledStep - 1) {
            graph.setListeners(profile);
        } else if (profiledStep > 0 && report.step() == profiledStep) {
            graph.setListeners();
        }
    }

    /** The FLOP count of the first step, and its largest multiply. */
    MatmulFlops flops() {
        return flops;
    }

    /** Op times of the profiled step (empty without one). */
    OpTimes profile() {
        return profile;
    }

    /** The process RSS after each step, in order: flat over a long run when nothing leaks. */
    List<Long> residentBytes() {
        return List.copyOf(residentBytes);
    }

    /** Every step's time in seconds, in order. */
    List<Double> seconds() {
        return List.copyOf(seconds);
    }
}
