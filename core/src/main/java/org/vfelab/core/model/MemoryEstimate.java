package org.vfelab.core.model;

import org.vfelab.core.plugin.TokenLayout;

/**
 * An analytic estimate of a training step's peak memory, from shapes alone, so a sweep can tell before launching
 * whether a trial fits a budget, and so the paper's ViT-B and ViT-L shapes can be sized on a machine that cannot
 * train them. Three parts: the weights (4 bytes each), the optimizer (a gradient plus Adam's two moments per
 * trainable weight), and the activations a pre-LN transformer keeps for its backward pass, counted per token
 * and layer ({@code 7 D + 2 M} for the norms, residuals and MLP, {@code 8 D + 2 H L} per attention over
 * sequences of length L), times a backward factor of 1.8: an activation lives until its backward op has run, so
 * the peak, reached early in the backward pass, holds most forward activations plus the gradients and backward
 * intermediates of the last layers. Calibrated on measured peaks (CPU, 1 thread): bench-b joint 897 MB estimated
 * vs 845 measured at mask 0 and 200 vs 208 at mask 0.75; the smoke model at 512 tokens, batch 32, 1270 vs 1241.
 * (The factor was 4 while SameDiff kept every array of a step alive until it ended.)
 * The embedding and the loss are left out; they are small next to the layers.
 *
 * @param weightBytes     every parameter, frozen ones included
 * @param optimizerBytes  gradients and Adam state of the trainable parameters
 * @param activationBytes what the video and text layers keep for the backward pass, with its gradients
 */
public record MemoryEstimate(long weightBytes, long optimizerBytes, long activationBytes) {

    private static final int FLOAT = 4;
    private static final int ADAM_BUFFERS = 3;
    private static final double BACKWARD_FACTOR = 1.8;

    /**
     * @param video           the training token layout of the video tower
     * @param attentionLengths the backbone's attention lengths in one layer
     * @param textTokens      caption length
     */
    public static MemoryEstimate of(long parameters, long trainable, DualEncoderDesign design, TokenLayout video,
                                    int[] attentionLengths, int textTokens) {
        TransformerShape shape = design.shape();
        long videoTokens = (long) video.batch() * video.tokensPerClip();
        long videoFloats = design.model().preset().depth() * layerFloats(videoTokens, shape, attentionLengths);
        long textFloats = design.model().text().depth()
                * layerFloats((long) video.batch() * textTokens, shape, new int[] {textTokens});
        return new MemoryEstimate(FLOAT * parameters, FLOAT * ADAM_BUFFERS * trainable,
                Math.round(FLOAT * BACKWARD_FACTOR * (videoFloats + textFloats)));
    }

    /** The whole estimate in bytes. */
    public long totalBytes() {
        return weightBytes + optimizerBytes + activationBytes;
    }

    private static long layerFloats(long tokens, TransformerShape shape, int[] attentionLengths) {
        long floats = tokens * (7L * shape.width() + 2L * shape.mlpWidth());
        for (int length : attentionLengths) {
            floats += tokens * (8L * shape.width() + 2L * shape.heads() * length);
        }
        return floats;
    }
}
