package org.vfelab.core.plugin;

/**
 * The shape of a token batch as a backbone sees it: {@code batch} clips of {@code tokensPerClip} tokens each
 * (after masking), every token {@code width} wide, out of a full grid of {@code gridTokens} tubelets laid out as
 * {@code timeSlots} frames (time slots) of {@code gridTokens / timeSlots} spatial positions, time-major. A
 * {@link Backbone#framewise() framewise} backbone gets the same number of tokens from every time slot.
 */
public record TokenLayout(int batch, int tokensPerClip, int timeSlots, int gridTokens, int width) {
    public TokenLayout {
        if (batch < 1 || tokensPerClip < 1 || width < 1 || timeSlots < 1 || gridTokens < tokensPerClip
                || gridTokens % timeSlots != 0) {
            throw new IllegalArgumentException("bad token layout: batch=" + batch + ", tokensPerClip=" + tokensPerClip
                    + ", timeSlots=" + timeSlots + ", gridTokens=" + gridTokens + ", width=" + width);
        }
    }

    /** Spatial positions per time slot in the full grid. */
    public int spatialTokens() {
        return gridTokens / timeSlots;
    }

    /** Tokens per time slot of one clip; requires the kept tokens to split evenly over the slots. */
    public int tokensPerSlot() {
        if (tokensPerClip % timeSlots != 0) {
            throw new IllegalStateException(tokensPerClip + " tokens per clip do not split over " + timeSlots
                    + " time slots");
        }
        return tokensPerClip / timeSlots;
    }
}
