package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.ModelSpec;

/**
 * The image ViT applied to every frame on its own: 2D patches of a single frame, transformer layers whose
 * attention never crosses frames, and a mean over each frame's tokens. What the frame-level backbones share;
 * they differ in how they pool the frame embeddings over time.
 */
final class FrameEncoder {

    private final int depth;
    private final TransformerShape shape;

    FrameEncoder(ModelSpec model) {
        this.depth = model.preset().depth();
        this.shape = TransformerShape.of(model.preset());
    }

    /** @return one embedding per frame, {@code [batch * timeSlots, width]}, clip-major */
    SDVariable frames(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        long frames = (long) layout.batch() * layout.timeSlots();
        int perFrame = layout.tokensPerSlot();
        SDVariable x = tokens;
        for (int layer = 0; layer < depth; layer++) {
            x = TransformerLayers.block(sd, init, "video/block" + layer, x, frames, perFrame, shape, null);
        }
        x = TransformerLayers.layerNorm(sd, init, "video/ln_final", x, shape.width()).rename(Backbone.TOKENS);
        return TransformerLayers.meanPool(x, frames, perFrame, shape.width());
    }

    TransformerShape shape() {
        return shape;
    }
}
