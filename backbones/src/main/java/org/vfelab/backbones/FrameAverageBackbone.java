package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.core.spec.ModelSpec;
import org.vfelab.core.spec.Tubelet;

/**
 * Late fusion: every frame through the image ViT ({@link FrameEncoder}), then the frame embeddings averaged over
 * time. Blind to frame order by construction (no time-slot embedding, an order-free mean), which is why it
 * cannot tell a clip from its time reversal: the paper's finding F2 on temporal benchmarks.
 */
public final class FrameAverageBackbone implements Backbone {

    private final FrameEncoder frames;

    public FrameAverageBackbone(ModelSpec model) {
        this.frames = new FrameEncoder(model);
    }

    @Override
    public SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        return frames.frames(sd, tokens, layout, init)
                .reshape(layout.batch(), layout.timeSlots(), layout.width()).mean(1);
    }

    @Override
    public Tubelet tubelet(Tubelet requested) {
        return FrameEncoder.patch(requested);
    }

    @Override
    public int[] attentionLengths(TokenLayout layout) {
        return new int[] {layout.tokensPerSlot()};
    }

    @Override
    public boolean framewise() {
        return true;
    }

    @Override
    public boolean temporalPositions() {
        return false;
    }
}
