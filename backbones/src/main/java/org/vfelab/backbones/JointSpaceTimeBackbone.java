package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.model.DenseLayer;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.ModelSpec;

/**
 * ViViT with joint space-time attention (ViViT model 1): every token of a clip attends to every other, across
 * frames and positions alike, through pre-LN transformer blocks; the clip feature is the mean of the final tokens.
 * The paper's finding F1 rests on this backbone: because attention is over whatever tokens are present, it keeps
 * its recall when most tokens are masked away. The adapter and LoRA backbones are this model with extra
 * trainable pieces in every layer.
 */
public final class JointSpaceTimeBackbone implements Backbone {

    private final int depth;
    private final TransformerShape shape;
    private final DenseLayer dense;
    private final BlockExtension extension;

    public JointSpaceTimeBackbone(ModelSpec model) {
        this(model, TransformerLayers::dense, BlockExtension.NONE);
    }

    JointSpaceTimeBackbone(ModelSpec model, DenseLayer dense, BlockExtension extension) {
        this.depth = model.preset().depth();
        this.shape = TransformerShape.of(model.preset());
        this.dense = dense;
        this.extension = extension;
    }

    @Override
    public SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        SDVariable x = tokens;
        for (int layer = 0; layer < depth; layer++) {
            String scope = "video/block" + layer;
            x = TransformerLayers.block(sd, init, scope, x, layout.batch(), layout.tokensPerClip(), shape, null, dense);
            x = extension.after(sd, init, scope, x, shape);
        }
        x = TransformerLayers.layerNorm(sd, init, "video/ln_final", x, shape.width()).rename(Backbone.TOKENS);
        return TransformerLayers.meanPool(x, layout.batch(), layout.tokensPerClip(), shape.width());
    }
}
