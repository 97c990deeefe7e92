package org.vfelab.core.plugin;

/**
 * The shape of a token batch as a backbone sees it: {@code batch} clips of {@code tokensPerClip} tokens each
 * (after masking), every token {@code width} wide, out of a full grid of {@code gridTokens} tubelets.
 */
public record TokenLayout(int batch, int tokensPerClip, int gridTokens, int width) {
    public TokenLayout {
        if (batch < 1 || tokensPerClip < 1 || width < 1 || gridTokens < tokensPerClip) {
            throw new IllegalArgumentException("bad token layout: batch=" + batch + ", tokensPerClip=" + tokensPerClip
                    + ", gridTokens=" + gridTokens + ", width=" + width);
        }
    }
}
