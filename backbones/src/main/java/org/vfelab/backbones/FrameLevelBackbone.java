package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.ModelSpec;
import org.vfelab.spec.Tubelet;

/**
 * What the frame-level backbones share: single-frame 2D patches, every frame encoded alone by the image ViT
 * ({@link FrameEncoder}), no time-slot position embedding, and the same number of tokens in every frame under
 * masking. Subclasses differ only in how they pool the frame embeddings over time.
 */
abstract class FrameLevelBackbone implements Backbone {

    private final FrameEncoder frames;

    FrameLevelBackbone(ModelSpec model) {
        this.frames = new FrameEncoder(model);
    }

    /**
     * @param frames one embedding per frame, {@code [batch * timeSlots, width]}, clip-major
     * @return clip features {@code [batch, width]}
     */
    abstract SDVariable pool(SameDiff sd, SDVariable frames, TokenLayout layout, TransformerShape shape,
                             ParameterInit init);

    @Override
    public final SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        return pool(sd, frames.frames(sd, tokens, layout, init), layout, frames.shape(), init);
    }

    @Override
    public final Tubelet tubelet(Tubelet requested) {
        return new Tubelet(1, requested.height(), requested.width());
    }

    @Override
    public final int[] attentionLengths(TokenLayout layout) {
        return new int[] {layout.tokensPerSlot()};
    }

    @Override
    public final boolean framewise() {
        return true;
    }

    @Override
    public final boolean temporalPositions() {
        return false;
    }
}
