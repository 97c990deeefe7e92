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

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Factorized space-time attention, as the paper sets it up: each layer attends within a frame (spatial
 * attention, the image model's weights), then across frames at each spatial position through a new temporal
 * attention that starts as a copy of the spatial one and is gated, {@code h = h + tanh(alpha) * temporal(h)}
 * with a trainable alpha starting at 0, so the untrained video model computes exactly what the image model did;
 * then the feed-forward block. Clip feature: the mean of the final tokens.
 *
 * <p>Under masking every frame keeps the same number of tokens ({@link #framewise()}), and temporal attention
 * runs over the k-th kept token of each frame.
 */
public final class FactorizedBackbone implements Backbone {

    private static final Pattern TEMPORAL = Pattern.compile("(video/block\\d+)/temporal/(attn|ln)/(.*)");

    private final int depth;
    private final TransformerShape shape;

    public FactorizedBackbone(ModelSpec model) {
        this.depth = model.preset().depth();
        this.shape = TransformerShape.of(model.preset());
    }

    @Override
    public SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        int slots = layout.timeSlots();
        int perSlot = layout.tokensPerSlot();
        long batch = layout.batch();
        int width = shape.width();
        SDVariable x = tokens;
        for (int layer = 0; layer < depth; layer++) {
            String scope = "video/block" + layer;
            x = x.add(TransformerLayers.attention(sd, init, scope + "/attn",
                    TransformerLayers.layerNorm(sd, init, scope + "/ln1", x, width), batch * slots, perSlot, shape,
                    null, TransformerLayers::dense));
            SDVariable acrossFrames = x.reshape(batch, slots, perSlot, width).permute(0, 2, 1, 3)
                    .reshape(batch * perSlot * slots, width);
            SDVariable gate = sd.math().tanh(init.constant(sd, scope + "/temporal/gate", 0.0, 1, 1));
            acrossFrames = acrossFrames.add(temporalAttention(sd, init, scope, acrossFrames, batch * perSlot, slots)
                    .mul(gate));
            x = acrossFrames.reshape(batch, perSlot, slots, width).permute(0, 2, 1, 3)
                    .reshape(batch * slots * perSlot, width);
            x = x.add(TransformerLayers.mlp(sd, init, scope + "/mlp",
                    TransformerLayers.layerNorm(sd, init, scope + "/ln2", x, width), shape, TransformerLayers::dense));
        }
        x = TransformerLayers.layerNorm(sd, init, "video/ln_final", x, width).rename(Backbone.TOKENS);
        return TransformerLayers.meanPool(x, batch, layout.tokensPerClip(), width);
    }

    @Override
    public int[] attentionLengths(TokenLayout layout) {
        return new int[] {layout.tokensPerSlot(), layout.timeSlots()};
    }

    @Override
    public boolean framewise() {
        return true;
    }

    /** Temporal attention and its layer norm start from the spatial ones of the same layer. */
    @Override
    public Optional<String> inheritsFrom(String parameter) {
        Matcher m = TEMPORAL.matcher(parameter);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + (m.group(2).equals("attn") ? "/attn/" : "/ln1/") + m.group(3));
    }

    private SDVariable temporalAttention(SameDiff sd, ParameterInit init, String scope, SDVariable x,
                                         long sequences, int length) {
        String norm = scope + "/temporal/ln";
        SDVariable normalised = TransformerLayers.layerNorm(sd, x, copy(sd, init, norm + "/gain"),
                copy(sd, init, norm + "/offset"), shape.width());
        DenseLayer copied = (graph, in, name, input, inWidth, outWidth) ->
                input.mmul(copy(graph, in, name + "/weight")).add(copy(graph, in, name + "/bias"));
        return TransformerLayers.attention(sd, init, scope + "/temporal/attn", normalised, sequences, length, shape,
                null, copied);
    }

    private SDVariable copy(SameDiff sd, ParameterInit init, String name) {
        return init.copyOf(sd, name, sd.getVariable(inheritsFrom(name).orElseThrow()));
    }
}
