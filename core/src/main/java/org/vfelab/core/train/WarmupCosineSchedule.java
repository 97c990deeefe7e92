package org.vfelab.core.train;

import org.nd4j.linalg.schedule.ISchedule;
import org.vfelab.spec.LrSchedule;

/**
 * Learning rate with a linear warm-up to the peak, then either constant or a cosine decay to zero at the last
 * step. Iterations are 0-based, as ND4J's updaters count them.
 */
public final class WarmupCosineSchedule implements ISchedule {

    private final double peak;
    private final int warmupSteps;
    private final int totalSteps;
    private final LrSchedule shape;

    public WarmupCosineSchedule(double peak, int warmupSteps, int totalSteps, LrSchedule shape) {
        if (peak <= 0 || warmupSteps < 0 || totalSteps < 1 || warmupSteps >= totalSteps && warmupSteps > 0) {
            throw new IllegalArgumentException("bad schedule: peak=" + peak + ", warmup=" + warmupSteps
                    + ", total=" + totalSteps);
        }
        this.peak = peak;
        this.warmupSteps = warmupSteps;
        this.totalSteps = totalSteps;
        this.shape = shape;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        if (iteration < warmupSteps) {
            return peak * (iteration + 1) / warmupSteps;
        }
        if (shape == LrSchedule.CONSTANT) {
            return peak;
        }
        double progress = (double) (iteration - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
        return peak * 0.5 * (1 + Math.cos(Math.PI * Math.min(1.0, progress)));
    }

    @Override
    public ISchedule clone() {
        return new WarmupCosineSchedule(peak, warmupSteps, totalSteps, shape);
    }
}
