package org.vfelab.core.checkpoint;

import org.vfelab.spec.PositionInterpolation;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Objects;

/**
 * What {@link CheckpointInit} needs to carry a checkpoint's space-time position table over to a model whose clips
 * have another number of time slots: the chosen {@link PositionInterpolation} and the number of spatial positions
 * per slot, which the table's shape alone does not tell.
 *
 * @param interpolation    {@code model.temporal_interpolation}
 * @param spatialPositions positions per time slot {@code S} of the model being built (rows are {@code t * S + s})
 */
public record PositionResampling(PositionInterpolation interpolation, int spatialPositions) {

    public PositionResampling {
        Objects.requireNonNull(interpolation, "interpolation");
        if (spatialPositions < 1) {
            throw new IllegalArgumentException("spatial positions must be >= 1, got " + spatialPositions);
        }
    }

    /**
     * Whether a saved table becomes the model's by resampling along time: both are whole time slots of {@code S}
     * rows of the same width, in different numbers, and the interpolation is not {@code none}.
     */
    boolean applies(long[] saved, long[] target) {
        return interpolation != PositionInterpolation.NONE && saved.length == 2 && target.length == 2
                && saved[1] == target[1] && saved[0] != target[0] && slots(saved) > 0 && slots(target) > 0;
    }

    /** @throws IllegalArgumentException when the interpolation cannot make that many slots (tile) */
    INDArray resample(INDArray saved, long[] target) {
        return TimeResampler.resample(interpolation, saved, spatialPositions, (int) slots(target));
    }

    /** Whole time slots in a table of this shape, or 0 when its rows are not a positive multiple of {@code S}. */
    private long slots(long[] shape) {
        return shape[0] % spatialPositions == 0 ? shape[0] / spatialPositions : 0;
    }
}
