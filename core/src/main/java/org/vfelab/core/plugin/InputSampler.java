package org.vfelab.core.plugin;

import org.vfelab.core.data.ClipShape;
import org.vfelab.spec.Tubelet;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Decides which tubelet tokens of each clip enter the encoder. Token selection happens in Java, outside the
 * differentiated graph: the graph gathers the chosen raw tubelets from the video placeholder, so no gradient has
 * to flow through a gather (broken in SameDiff 1.0.0-M2.1, see docs/samediff-pitfalls.md).
 */
public interface InputSampler {

    /** The token size this sampler cuts clips into, from the descriptor's {@code model.tubelet}. */
    default Tubelet tubelet(Tubelet base) {
        return base;
    }

    /**
     * The sampler's own way of turning clips into tokens instead of the tubelet grid (TubeViT's sparse tubes), or
     * empty for the grid.
     *
     * @param base the descriptor's tubelet, which sets the scale of the sampler's tokens
     */
    default Optional<TokenEmbedder> embedder(ClipShape clip, Tubelet base) {
        return Optional.empty();
    }

    /** How many of a clip's tokens survive, in training or in evaluation. */
    int keptTokens(TokenGrid grid, boolean training);

    /**
     * Picks the kept tokens of every clip in a batch; a {@link TokenGrid#framewise() framewise} grid gets the
     * same number from every time slot.
     *
     * @param random the trial's sampling stream for this step (determinism under a seed)
     */
    TokenSelection select(int batch, TokenGrid grid, SplittableRandom random, boolean training);
}
