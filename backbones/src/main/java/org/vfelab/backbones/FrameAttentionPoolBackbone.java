package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.core.spec.ModelSpec;
import org.vfelab.core.spec.Tubelet;

/**
 * Every frame through the image ViT ({@link FrameEncoder}), then the frame embeddings pooled over time by
 * multi-head attention pooling: a learned query per head attends over the clip's frames, and the weighted
 * values are projected back to the model width. Frames carry no time-slot embedding, so like
 * {@link FrameAverageBackbone} it is a function of the set of frames; the paper found attention pooling no better
 * than averaging.
 */
public final class FrameAttentionPoolBackbone implements Backbone {

    private final FrameEncoder frames;

    public FrameAttentionPoolBackbone(ModelSpec model) {
        this.frames = new FrameEncoder(model);
    }

    @Override
    public SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        TransformerShape shape = frames.shape();
        int heads = shape.heads();
        int headWidth = shape.headWidth();
        long batch = layout.batch();
        int slots = layout.timeSlots();
        SDVariable frame = TransformerLayers.layerNorm(sd, init, "video/pool/ln",
                frames.frames(sd, tokens, layout, init), shape.width());
        SDVariable keys = perHead(TransformerLayers.dense(sd, init, "video/pool/key", frame, shape.width(),
                shape.width()), batch, slots, heads, headWidth);
        SDVariable values = perHead(TransformerLayers.dense(sd, init, "video/pool/value", frame, shape.width(),
                shape.width()), batch, slots, heads, headWidth);
        SDVariable query = init.normal(sd, "video/pool/query", 0.02, heads, headWidth).reshape(1, heads, 1, headWidth);
        SDVariable scores = keys.mul(query).sum(3).mul(1.0 / Math.sqrt(headWidth));
        SDVariable weights = sd.nn().softmax(scores, -1).reshape(batch, heads, slots, 1);
        SDVariable pooled = values.mul(weights).sum(2).reshape(batch, shape.width());
        return TransformerLayers.dense(sd, init, "video/pool/out", pooled, shape.width(), shape.width());
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

    /** {@code [batch * slots, width] -> [batch, heads, slots, headWidth]}. */
    private static SDVariable perHead(SDVariable x, long batch, int slots, int heads, int headWidth) {
        return x.reshape(batch, slots, heads, headWidth).permute(0, 2, 1, 3);
    }
}
