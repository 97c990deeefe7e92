package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.core.spec.ModelSpec;

/**
 * Image-to-video adaptation with LoRA (Hu et al.): the joint space-time model with its image weights frozen and
 * every attention and feed-forward projection {@code x W + b} given a trainable low-rank update
 * {@code (alpha / r) x A B}, r = {@code model.backbone.lora_rank}, alpha = {@code lora_alpha}. B starts at zero,
 * so the adapted model starts as the image model; A starts Gaussian with standard deviation {@code 1/sqrt(in)}.
 * The update is merged into the weight, {@code x (W + (alpha / r) A B) + b}: the same function, but the extra
 * intermediates are weight-sized instead of activation-sized, so LoRA adds almost no training memory.
 */
public final class LoraBackbone implements Backbone {

    private final Backbone joint;

    public LoraBackbone(ModelSpec model) {
        int rank = model.backbone().loraRank();
        double scale = model.backbone().loraAlpha() / rank;
        this.joint = new JointSpaceTimeBackbone(model, (sd, init, scope, x, in, out) -> {
            SDVariable weight = init.normal(sd, scope + "/weight", TransformerLayers.WEIGHT_STD, in, out);
            SDVariable bias = init.constant(sd, scope + "/bias", 0.0, 1, out);
            SDVariable down = init.normal(sd, scope + "/lora_a", 1 / Math.sqrt(in), in, rank);
            SDVariable up = init.constant(sd, scope + "/lora_b", 0.0, rank, out);
            return x.mmul(weight.add(down.mmul(up).mul(scale))).add(bias);
        }, BlockExtension.NONE);
    }

    @Override
    public SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        return joint.encode(sd, tokens, layout, init);
    }

    @Override
    public boolean isTrainable(String parameter) {
        return ParameterEfficient.trains(parameter);
    }
}
