package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.ModelSpec;

/**
 * Every frame through the image ViT, then the frame embeddings pooled over time by multi-head attention pooling:
 * a learned query per head scores the clip's normalised frame embeddings (the query folded into the key
 * projection, a {@code [width, heads]} matrix, which also avoids broadcasting ops), and each head's slice of the
 * frame embeddings is averaged with those weights. The query starts at zero, so pooling starts as the plain
 * average; the values are the frame embeddings themselves, so pooling cannot shrink them below the projection
 * head's bias. Frames carry no time-slot embedding, so like {@link FrameAverageBackbone} it is a function of the
 * set of frames; the paper found attention pooling no better than averaging.
 */
public final class FrameAttentionPoolBackbone extends FrameLevelBackbone {

    public FrameAttentionPoolBackbone(ModelSpec model) {
        super(model);
    }

    @Override
    SDVariable pool(SameDiff sd, SDVariable frames, TokenLayout layout, TransformerShape shape, ParameterInit init) {
        int heads = shape.heads();
        long batch = layout.batch();
        int slots = layout.timeSlots();
        SDVariable queries = init.constant(sd, "video/pool/query", 0.0, shape.width(), heads);
        SDVariable scores = TransformerLayers.layerNorm(sd, init, "video/pool/ln", frames, shape.width())
                .mmul(queries).mul(1.0 / Math.sqrt(shape.headWidth()))
                .reshape(batch, slots, heads).permute(0, 2, 1);
        SDVariable weights = sd.nn().softmax(scores, -1).reshape(batch, heads, 1, slots);
        SDVariable values = frames.reshape(batch, slots, heads, shape.headWidth()).permute(0, 2, 1, 3);
        return sd.mmul(weights, values).reshape(batch, shape.width());
    }
}
