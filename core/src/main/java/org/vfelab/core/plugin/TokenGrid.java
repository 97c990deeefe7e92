package org.vfelab.core.plugin;

/**
 * The token grid an input sampler picks from: {@code timeSlots} time slots of {@code spatialTokens} positions,
 * time-major (position {@code slot * spatialTokens + s}).
 *
 * @param framewise the backbone encodes each time slot on its own (frame-level and factorized models), so every
 *                  slot must keep the same number of tokens
 */
public record TokenGrid(int timeSlots, int spatialTokens, boolean framewise) {
    public TokenGrid {
        if (timeSlots < 1 || spatialTokens < 1) {
            throw new IllegalArgumentException("bad token grid: " + timeSlots + " x " + spatialTokens);
        }
    }

    /** Tokens per clip before masking. */
    public int tokens() {
        return timeSlots * spatialTokens;
    }
}
