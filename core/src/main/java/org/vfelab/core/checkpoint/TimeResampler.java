package org.vfelab.core.checkpoint;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.spec.PositionInterpolation;

import java.util.Arrays;

/**
 * Resamples a learned space-time position table along time the way {@code model.temporal_interpolation} says
 * ({@link PositionInterpolation}). The table's rows are time-slot major ({@code t * S + s}), so each of the
 * {@code S} spatial positions has a sequence of {@code T0} vectors along time, and every choice maps those
 * sequences to {@code T1} slots with one {@code [T1, T0]} mixing matrix: Scenic's
 * {@code interpolate_1d_positional_embeddings} ({@code scenic/projects/vivit/model_utils.py}), applied here to each
 * spatial position's sequence, or its {@code tile_positional_embeddings}.
 */
public final class TimeResampler {

    private TimeResampler() {
    }

    /**
     * @param how     which interpolation
     * @param table   a checkpoint's {@code [T0 * spatial, D]} table, left unchanged
     * @param spatial positions per time slot {@code S}, the same in both models
     * @param slots   time slots {@code T1} of the new model
     * @return a new {@code [T1 * spatial, D]} table of the same dtype
     * @throws IllegalArgumentException for {@link PositionInterpolation#NONE}, for {@link PositionInterpolation#TILE} when {@code T1} is not a multiple of
     *                                  {@code T0}, or when the table is not whole time slots of {@code S} rows
     */
    public static INDArray resample(PositionInterpolation how, INDArray table, int spatial, int slots) {
        if (table.rank() != 2 || spatial < 1 || slots < 1 || table.rows() == 0 || table.rows() % spatial != 0) {
            throw new IllegalArgumentException("cannot resample a position table of shape "
                    + Arrays.toString(table.shape()) + " to " + slots + " time slots of " + spatial + " positions");
        }
        int from = (int) (table.rows() / spatial);
        long width = table.columns();
        INDArray mixing = Nd4j.createFromArray(mixing(how, from, slots)).castTo(table.dataType());
        return mixing.mmul(table.reshape('c', from, spatial * width)).reshape('c', (long) slots * spatial, width);
    }

    /**
     * Row {@code i}: the weights of the old slots {@code 0..T0-1} in new slot {@code i}.
     *
     * @throws IllegalArgumentException as {@link #resample}
     */
    static double[][] mixing(PositionInterpolation how, int from, int to) {
        if (how == PositionInterpolation.NONE) {
            throw new IllegalArgumentException("model.temporal_interpolation is none, so the checkpoint's " + from
                    + " time slots cannot become " + to);
        }
        if (how == PositionInterpolation.TILE && to % from != 0) {
            throw new IllegalArgumentException("model.temporal_interpolation tile repeats the checkpoint's " + from
                    + " time slots, so it needs a whole multiple of them, not " + to + " (linear resamples to any "
                    + "number)");
        }
        double[][] weights = new double[to][from];
        for (int i = 0; i < to; i++) {
            if (how == PositionInterpolation.TILE) {
                weights[i][i % from] = 1;
            } else {
                double x = to == 1 ? 0 : (double) i * (from - 1) / (to - 1);
                int low = (int) Math.floor(x);
                weights[i][low] += 1 - (x - low);
                weights[i][Math.min(low + 1, from - 1)] += x - low;
            }
        }
        return weights;
    }
}
