package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.ModelSpec;

/**
 * Late fusion: every frame through the image ViT, then the frame embeddings averaged over time. Blind to frame
 * order by construction (no time-slot embedding, an order-free mean), which is why it cannot tell a clip from its
 * time reversal: the paper's finding F2 on temporal benchmarks.
 */
public final class FrameAverageBackbone extends FrameLevelBackbone {

    public FrameAverageBackbone(ModelSpec model) {
        super(model);
    }

    @Override
    SDVariable pool(SameDiff sd, SDVariable frames, TokenLayout layout, TransformerShape shape, ParameterInit init) {
        return frames.reshape(layout.batch(), layout.timeSlots(), shape.width()).mean(1);
    }
}
