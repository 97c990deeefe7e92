package org.vfelab.core.model;

import org.vfelab.core.data.ClipShape;
import org.vfelab.spec.Tubelet;

/**
 * How a clip divides into non-overlapping 3D tubelets: {@code timeSlots x rows x columns} tokens, each holding
 * {@code tubelet.frames() x tubelet.height() x tubelet.width() x channels} raw values.
 */
public record TubeletGrid(ClipShape clip, Tubelet tubelet) {

    public TubeletGrid {
        if (clip.frames() % tubelet.frames() != 0 || clip.height() % tubelet.height() != 0
                || clip.width() % tubelet.width() != 0) {
            throw new IllegalArgumentException("tubelet " + tubelet + " does not tile clips of " + clip);
        }
    }

    public int timeSlots() {
        return clip.frames() / tubelet.frames();
    }

    public int rows() {
        return clip.height() / tubelet.height();
    }

    public int columns() {
        return clip.width() / tubelet.width();
    }

    /** Tokens per clip before masking. */
    public int tokens() {
        return timeSlots() * rows() * columns();
    }

    /** Raw values per tubelet, the input width of the patch embedding. */
    public int valuesPerToken() {
        return tubelet.frames() * tubelet.height() * tubelet.width() * clip.channels();
    }
}
