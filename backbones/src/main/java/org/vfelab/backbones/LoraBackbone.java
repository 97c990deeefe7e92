package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.vfelab.core.model.DenseLayer;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.spec.ModelSpec;

/**
 * Image-to-video adaptation with LoRA (Hu et al.): the joint space-time model with its image weights frozen and
 * every attention and feed-forward projection {@code x W + b} given a trainable low-rank update
 * {@code (alpha / r) x A B}, r = {@code model.backbone.lora_rank}, alpha = {@code lora_alpha}. B starts at zero,
 * so the adapted model starts as the image model; A starts Gaussian with standard deviation {@code 1/sqrt(in)}, like every projection.
 * The update is merged into the weight, {@code x (W + (alpha / r) A B) + b}: the same function, but the extra
 * intermediates are weight-sized instead of activation-sized, so LoRA adds almost no training memory.
 */
public final class LoraBackbone extends AdaptedJointBackbone {

    public LoraBackbone(ModelSpec model) {
        this(model, model.backbone().settings(LoraSettings.class));
    }

    private LoraBackbone(ModelSpec model, LoraSettings lora) {
        super(new JointSpaceTimeBackbone(model, lowRankDense(lora.loraRank(), lora.loraAlpha()), BlockExtension.NONE));
    }

    private static DenseLayer lowRankDense(int rank, double alpha) {
        double scale = alpha / rank;
        return (sd, init, scope, x, in, out) -> {
            SDVariable weight = init.normal(sd, scope + "/weight", TransformerLayers.weightStd(in), in, out);
            SDVariable bias = init.constant(sd, scope + "/bias", 0.0, 1, out);
            SDVariable down = init.normal(sd, scope + "/lora_a", TransformerLayers.weightStd(in), in, rank);
            SDVariable up = init.constant(sd, scope + "/lora_b", 0.0, rank, out);
            return x.mmul(weight.add(down.mmul(up).mul(scale))).add(bias);
        };
    }
}
