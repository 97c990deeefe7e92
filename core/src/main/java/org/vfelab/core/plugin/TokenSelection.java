package org.vfelab.core.plugin;

import java.util.Arrays;

/**
 * The tokens kept for one batch: {@code positions[b * keptPerClip + k]} is the grid position (0 .. gridTokens-1)
 * of the k-th kept token of clip b, ascending within a clip.
 */
public record TokenSelection(int batch, int gridTokens, int keptPerClip, int[] positions) {

    public TokenSelection {
        if (positions.length != batch * keptPerClip) {
            throw new IllegalArgumentException("expected " + batch * keptPerClip + " positions, got " + positions.length);
        }
        for (int p : positions) {
            if (p < 0 || p >= gridTokens) {
                throw new IllegalArgumentException("token position " + p + " outside the grid of " + gridTokens);
            }
        }
        positions = positions.clone();
    }

    /** Every token of every clip, in grid order (evaluation, or a mask ratio of 0). */
    public static TokenSelection all(int batch, int gridTokens) {
        int[] positions = new int[batch * gridTokens];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i % gridTokens;
        }
        return new TokenSelection(batch, gridTokens, gridTokens, positions);
    }

    /** Rows into the batch's flattened {@code [batch * gridTokens]} token table. */
    public int[] rows() {
        int[] rows = new int[positions.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (i / keptPerClip) * gridTokens + positions[i];
        }
        return rows;
    }

    @Override
    public int[] positions() {
        return positions.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenSelection that && batch == that.batch && gridTokens == that.gridTokens
                && keptPerClip == that.keptPerClip && Arrays.equals(positions, that.positions);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * batch + gridTokens) + keptPerClip) + Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return "TokenSelection[batch=" + batch + ", gridTokens=" + gridTokens + ", keptPerClip=" + keptPerClip + "]";
    }
}
