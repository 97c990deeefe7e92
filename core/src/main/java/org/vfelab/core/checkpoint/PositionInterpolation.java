package org.vfelab.core.checkpoint;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

/**
 * How a learned space-time position table follows a change in the number of time slots, when a model starts from
 * a checkpoint trained on clips of another length (16 frames in 2-frame tubelets = 8 slots, continued at 64 frames
 * = 32 slots). The table's rows are time-slot major ({@code t * S + s}), so each of the {@code S} spatial positions
 * has a sequence of {@code T0} vectors along time, and every choice here maps those sequences to {@code T1} slots
 * with one {@code [T1, T0]} mixing matrix. Both resampling choices are Scenic's ViViT ones
 * ({@code scenic/projects/vivit/model_utils.py}, {@code init_posemb}): {@code interpolate_1d_positional_embeddings},
 * which Scenic applies to the factorised encoder's temporal table and which is applied here to each spatial
 * position's sequence, and {@code tile_positional_embeddings}; which one transfers better is an experiment, hence
 * a descriptor value.
 */
public enum PositionInterpolation {
    /**
     * Linear along time with the first and last slots of both tables aligned: new slot {@code i} reads the old
     * table at {@code x = i (T0 - 1) / (T1 - 1)} (slot 0 when {@code T1 = 1}). This is Scenic's
     * {@code scipy.ndimage.zoom(table, (T1 / T0, 1), order=1)}, whose default {@code grid_mode=False} aligns
     * corners, rather than jax.image.resize's half-pixel centres; it grows and shrinks alike.
     */
    LINEAR("linear"),
    /**
     * The whole old sequence repeated {@code T1 / T0} times (slot {@code i} is old slot {@code i mod T0}), as
     * Scenic's {@code tile_positional_embeddings} concatenates the restored table; only for a whole multiple.
     */
    TILE("tile"),
    /** No resampling: a different number of time slots is a shape mismatch, as before this choice existed. */
    NONE("none");

    private final String key;

    PositionInterpolation(String key) {
        this.key = key;
    }

    /** The descriptor spelling. */
    public String key() {
        return key;
    }

    /**
     * @param table   a checkpoint's {@code [T0 * spatial, D]} table, left unchanged
     * @param spatial positions per time slot {@code S}, the same in both models
     * @param slots   time slots {@code T1} of the new model
     * @return a new {@code [T1 * spatial, D]} table of the same dtype
     * @throws IllegalArgumentException for {@link #NONE}, for {@link #TILE} when {@code T1} is not a multiple of
     *                                  {@code T0}, or when the table is not whole time slots of {@code S} rows
     */
    public INDArray resample(INDArray table, int spatial, int slots) {
        if (table.rank() != 2 || spatial < 1 || slots < 1 || table.rows() == 0 || table.rows() % spatial != 0) {
            throw new IllegalArgumentException("cannot resample a position table of shape "
                    + Arrays.toString(table.shape()) + " to " + slots + " time slots of " + spatial + " positions");
        }
        int from = (int) (table.rows() / spatial);
        long width = table.columns();
        INDArray mixing = Nd4j.createFromArray(mixing(from, slots)).castTo(table.dataType());
        return mixing.mmul(table.reshape('c', from, spatial * width)).reshape('c', (long) slots * spatial, width);
    }

    /**
     * Row {@code i}: the weights of the old slots {@code 0..T0-1} in new slot {@code i}.
     *
     * @throws IllegalArgumentException as {@link #resample}
     */
    double[][] mixing(int from, int to) {
        if (this == NONE) {
            throw new IllegalArgumentException("model.temporal_interpolation is none, so the checkpoint's " + from
                    + " time slots cannot become " + to);
        }
        if (this == TILE && to % from != 0) {
            throw new IllegalArgumentException("model.temporal_interpolation tile repeats the checkpoint's " + from
                    + " time slots, so it needs a whole multiple of them, not " + to + " (linear resamples to any "
                    + "number)");
        }
        double[][] weights = new double[to][from];
        for (int i = 0; i < to; i++) {
            if (this == TILE) {
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
