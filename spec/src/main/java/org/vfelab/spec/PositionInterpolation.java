package org.vfelab.spec;

/**
 * How a learned space-time position table follows a change in the number of time slots, when a model starts from
 * a checkpoint trained on clips of another length (16 frames in 2-frame tubelets = 8 slots, continued at 64 frames
 * = 32 slots). Both resampling choices are Scenic's ViViT ones ({@code init_posemb}); which one transfers better
 * is an experiment, hence a descriptor value ({@code model.temporal_interpolation}). Core's {@code TimeResampler}
 * does the arithmetic.
 */
public enum PositionInterpolation {
    /**
     * Linear along time with the first and last slots of both tables aligned: new slot {@code i} reads the old
     * table at {@code x = i (T0 - 1) / (T1 - 1)} (slot 0 when {@code T1 = 1}), as Scenic's
     * {@code scipy.ndimage.zoom(table, (T1 / T0, 1), order=1)}; it grows and shrinks alike.
     */
    LINEAR("linear"),
    /** The whole old sequence repeated {@code T1 / T0} times, as Scenic's {@code tile_positional_embeddings}. */
    TILE("tile"),
    /** No resampling: a different number of time slots is a shape mismatch. */
    NONE("none");

    private final String key;

    PositionInterpolation(String key) {
        this.key = key;
    }

    /** The descriptor spelling. */
    public String key() {
        return key;
    }
}
