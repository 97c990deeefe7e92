package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.spec.ModelSpec;

/**
 * Image-to-video adaptation with bottleneck adapters (Houlsby et al.): the joint space-time model with its image
 * weights frozen and, after the feed-forward block of every layer, a residual MLP {@code h + up(gelu(down(h)))}
 * of width {@code model.backbone.adapter_bottleneck}. The up projection starts at zero, so the adapted model
 * starts as the image model. Finding F3: backpropagation still runs through every layer, so this saves less
 * memory than masking.
 */
public final class MlpAdapterBackbone extends AdaptedJointBackbone {

    public MlpAdapterBackbone(ModelSpec model) {
        super(new JointSpaceTimeBackbone(model, TransformerLayers::dense, (sd, init, scope, x, shape) ->
                x.add(adapter(sd, init, scope + "/adapter", x, shape, model.backbone().settings(AdapterSettings.class).adapterBottleneck()))));
    }

    private static SDVariable adapter(SameDiff sd, ParameterInit init, String scope, SDVariable x,
                                      TransformerShape shape, int bottleneck) {
        SDVariable hidden = sd.nn().gelu(TransformerLayers.dense(sd, init, scope + "/down", x, shape.width(),
                bottleneck));
        SDVariable up = init.constant(sd, scope + "/up/weight", 0.0, bottleneck, shape.width());
        return hidden.mmul(up).add(init.constant(sd, scope + "/up/bias", 0.0, 1, shape.width()));
    }
}
