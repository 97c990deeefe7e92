package org.vfelab.core.model;

import org.vfelab.core.plugin.TokenLayout;

/**
 * An analytic estimate of a training step's peak memory, from shapes alone, so a sweep can tell before launching
 * whether a trial fits a budget, and so the paper's ViT-B and ViT-L shapes can be sized on a machine that cannot
 * train them. Three parts: the weights (4 bytes each), the optimizer (a gradient plus Adam's two moments per
 * trainable weight), and the activations a pre-LN transformer keeps for its backward pass, counted per token
 * and layer ({@code 7 D + 2 M} for the norms, residuals and MLP, {@code 8 D + 2 H L} per attention over
 * sequences of length L), times a backward factor of 4: SameDiff keeps every forward activation, its gradient
 * and the backward ops' own intermediates alive through the step. The factor is calibrated on measured peaks
 * (CPU, smoke setup, batch 32): joint 153 MB estimated vs 161 MB measured, frame-avg 228 vs 240, factorized 163
 * vs 205 (its reshapes between spatial and temporal attention copy activations the formula does not count).
 * The embedding and the loss are left out; they are small next to the layers.
 *
 * @param weightBytes     every parameter, frozen ones included
 * @param optimizerBytes  gradients and Adam state of the trainable parameters
 * @param activationBytes what the video and text layers keep for the backward pass, with its gradients
 */
public record MemoryEstimate(long weightBytes, long optimizerBytes, long activationBytes) {

    private static final int FLOAT = 4;
    private static final int ADAM_BUFFERS = 3;
    private static final int BACKWARD_FACTOR = 4;

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
                FLOAT * BACKWARD_FACTOR * (videoFloats + textFloats));
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
