package org.vfelab.captioning;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.checkpoint.CheckpointInit;
import org.vfelab.core.checkpoint.InitReport;
import org.vfelab.spec.PositionInterpolation;
import org.vfelab.core.checkpoint.PositionResampling;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.Trainability;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.train.StepLoop;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Video-to-text as a SameDiff graph (Flamingo-style, as the paper's video-to-text stage): the video encoder's
 * tokens, mean-pooled over time ({@link VisualPooling}), a Perceiver resampler that turns them into a fixed set of
 * visual tokens, and before every block of the causal language model a gated cross-attention and a gated
 * feed-forward layer, {@code x + tanh(g) * f(x)} with g starting at 0 so the model starts as the language model.
 * The video encoder and the language model are loaded from their trials' checkpoints and frozen; only the
 * resampler and the cross-attention layers ({@link #TRAINED_SCOPES}) train.
 */
public final class CaptioningGraph {

    /** Placeholder: the temporal pooling matrix {@code [batch, pooled, kept]} ({@link VisualPooling}). */
    public static final String POOL = "visual_pool";
    /** The scopes of the variables that train; everything else is frozen. */
    public static final List<String> TRAINED_SCOPES = List.of("resampler/", "xattn/");

    private static final double LATENT_STD = 1.0;

    private CaptioningGraph() {
    }

    /**
     * @param keptTokens video tokens per clip after input masking (all of them in evaluation)
     * @param withLoss   add the next-token targets and the loss (training graphs)
     * @param onStart    receives what the video encoder's checkpoint provided
     */
    public static SameDiff build(CaptioningDesign design, int batch, int keptTokens, boolean withLoss,
                                 Consumer<InitReport> onStart) {
        SameDiff sd = SameDiff.create();
        var video = design.video();
        ParameterInit init = new ParameterInit(video.seed());
        TransformerShape shape = video.shape();
        DualEncoderGraph.encodeVideo(sd, init, video, batch, keptTokens);
        int pooled = VisualPooling.outputs(video.tokenGrid(), design.task().timeChunks());
        SDVariable pool = sd.placeHolder(POOL, DataType.FLOAT, batch, pooled, keptTokens);
        SDVariable tokens = sd.getVariable(Backbone.TOKENS).reshape(batch, keptTokens, shape.width());
        SDVariable pooledTokens = sd.mmul(pool, tokens).reshape((long) batch * pooled, shape.width());
        int latents = design.task().latents();
        SDVariable visual = resample(sd, init, pooledTokens, batch, pooled, latents, design.task().resamplerDepth(),
                shape);
        var text = design.text();
        int length = text.maxTokens();
        SDVariable logits = CausalLanguageModel.logits(sd, init, batch, length, text.vocab(), text.depth(), shape,
                (graph, in, layer, x) -> gatedCrossAttention(graph, in, layer, x, visual, batch, length, latents,
                        shape));
        if (withLoss) {
            CausalLanguageModel.loss(sd, logits, batch, length, text.vocab(), StepLoop.LOSS);
        }
        DualEncoderGraph.startVideo(sd, video, onStart);
        CheckpointInit.apply(design.languageModel(), sd, video.model().kernelInit(),
                new PositionResampling(PositionInterpolation.NONE, 1), name -> Optional.empty());
        Trainability.freezeAllBut(sd, CaptioningGraph::trains);
        return sd;
    }

    /** Whether a variable trains in captioning. */
    public static boolean trains(String variable) {
        return TRAINED_SCOPES.stream().anyMatch(variable::startsWith);
    }

    /**
     * The Perceiver resampler: learned latent queries cross-attend to the pooled video tokens, each layer followed
     * by a feed-forward block (the latents attend to the video tokens only, a simplification of Flamingo's
     * concatenated keys).
     *
     * @return {@code [batch * latents, width]}
     */
    private static SDVariable resample(SameDiff sd, ParameterInit init, SDVariable pooledTokens, int batch,
                                       int pooled, int latents, int depth, TransformerShape shape) {
        int width = shape.width();
        SDVariable queries = init.normal(sd, "resampler/latents", LATENT_STD, latents, width);
        SDVariable x = sd.constant(Nd4j.zeros(DataType.FLOAT, batch, latents, width))
                .add(queries.reshape(1, latents, width))
                .reshape((long) batch * latents, width);
        SDVariable keys = TransformerLayers.layerNorm(sd, init, "resampler/ln_video", pooledTokens, width);
        for (int layer = 0; layer < depth; layer++) {
            String scope = "resampler/layer" + layer;
            x = x.add(TransformerLayers.crossAttention(sd, init, scope + "/attn",
                    TransformerLayers.layerNorm(sd, init, scope + "/ln1", x, width), keys, batch, latents, pooled,
                    shape));
            x = x.add(TransformerLayers.mlp(sd, init, scope + "/mlp",
                    TransformerLayers.layerNorm(sd, init, scope + "/ln2", x, width), shape, TransformerLayers::dense));
        }
        return TransformerLayers.layerNorm(sd, init, "resampler/ln_final", x, width);
    }

    /** Flamingo's gated cross-attention dense block, inserted before language-model block {@code layer}. */
    private static SDVariable gatedCrossAttention(SameDiff sd, ParameterInit init, int layer, SDVariable x,
                                                  SDVariable visual, int batch, int length, int latents,
                                                  TransformerShape shape) {
        String scope = "xattn/layer" + layer;
        int width = shape.width();
        SDVariable attentionGate = sd.math().tanh(init.constant(sd, scope + "/attn_gate", 0.0, 1, 1));
        SDVariable feedForwardGate = sd.math().tanh(init.constant(sd, scope + "/ff_gate", 0.0, 1, 1));
        SDVariable attended = x.add(TransformerLayers.crossAttention(sd, init, scope + "/attn",
                TransformerLayers.layerNorm(sd, init, scope + "/ln1", x, width), visual, batch, length, latents,
                shape).mul(attentionGate));
        return attended.add(TransformerLayers.mlp(sd, init, scope + "/mlp",
                TransformerLayers.layerNorm(sd, init, scope + "/ln2", attended, width), shape,
                TransformerLayers::dense).mul(feedForwardGate));
    }
}
