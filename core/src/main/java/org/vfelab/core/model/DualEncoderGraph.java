package org.vfelab.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.function.Consumer;
import org.vfelab.core.checkpoint.CheckpointInit;
import org.vfelab.core.checkpoint.InitReport;
import org.vfelab.core.checkpoint.PositionResampling;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.core.train.StepLoop;

/**
 * Assembles the video-text dual encoder as a SameDiff graph: tubelet embedding -> backbone -> projection on the
 * video side, text encoder -> projection on the text side, both L2-normalised, and optionally the contrastive
 * loss. Placeholder shapes are static in SameDiff 1.0.0-M2.1, so training (masked) and evaluation (all tokens)
 * use two graphs built from the same design; {@link #copyWeights} brings the trained weights to the second.
 */
public final class DualEncoderGraph {

    public static final String VIDEO = "video";
    public static final String TARGETS = "targets";
    public static final String VIDEO_EMBEDDING = "video_embedding";
    public static final String TEXT_EMBEDDING = "text_embedding";
    public static final String LOSS = StepLoop.LOSS;

    private static final double NORM_EPSILON = 1e-6;

    private DualEncoderGraph() {
    }

    /**
     * @param keptTokens tokens per clip after the input sampler (the full grid in evaluation)
     * @param withLoss   add the targets placeholder and the loss (training graphs)
     */
    public static SameDiff build(DualEncoderDesign design, int batch, int keptTokens, boolean withLoss) {
        return build(design, batch, keptTokens, withLoss, report -> { });
    }

    /**
     * Builds the graph, copies the starting checkpoint's weights into it (when the design has one) and freezes
     * what must not train.
     *
     * @param onStart receives what the checkpoint provided, when there is one
     */
    public static SameDiff build(DualEncoderDesign design, int batch, int keptTokens, boolean withLoss,
                                 Consumer<InitReport> onStart) {
        SameDiff sd = SameDiff.create();
        ParameterInit init = new ParameterInit(design.seed());
        TransformerShape shape = design.shape();
        int projection = design.model().projection();
        var clip = design.clip();

        SDVariable clipFeatures = encodeVideo(sd, init, design, batch, keptTokens);
        SDVariable videoEmbedding = normalise(TransformerLayers.dense(sd, init, "video/projection", clipFeatures,
                shape.width(), projection)).rename(VIDEO_EMBEDDING);

        var text = design.model().text();
        SDVariable captionFeatures = TextEncoder.encode(sd, init, batch, text.maxTokens(), text.vocab(),
                text.depth(), shape);
        SDVariable textEmbedding = normalise(TransformerLayers.dense(sd, init, "text/projection", captionFeatures,
                shape.width(), projection)).rename(TEXT_EMBEDDING);

        if (withLoss) {
            SDVariable targets = sd.placeHolder(TARGETS, DataType.FLOAT, batch, batch);
            SDVariable loss = design.loss().loss(sd, videoEmbedding, textEmbedding, targets, init).rename(LOSS);
            sd.setLossVariables(loss);
        }
        startVideo(sd, design, onStart);
        Trainability.freeze(sd, design.backbone(), design.model().trainableLayers(), design.model().preset().depth());
        return sd;
    }

    /**
     * Adds the {@link #VIDEO} placeholder, the tubelet embedding (or the sampler's own) and the backbone to {@code sd}.
     *
     * @return clip features {@code [batch, width]}; the backbone's token features are {@link Backbone#TOKENS}
     */
    public static SDVariable encodeVideo(SameDiff sd, ParameterInit init, DualEncoderDesign design, int batch,
                                         int keptTokens) {
        TransformerShape shape = design.shape();
        var clip = design.clip();
        SDVariable video = sd.placeHolder(VIDEO, DataType.FLOAT, batch, clip.frames(), clip.height(), clip.width(),
                clip.channels());
        SDVariable tokens = design.embedder()
                .map(embedder -> embedder.embed(sd, init, video, batch, keptTokens, shape.width()))
                .orElseGet(() -> TubeletEmbedding.embed(sd, init, video, design.grid(), batch, keptTokens,
                        shape.width(), design.backbone().temporalPositions()));
        TokenGrid tokenGrid = design.tokenGrid();
        return design.backbone().encode(sd, tokens, new TokenLayout(batch, keptTokens, tokenGrid.timeSlots(),
                tokenGrid.tokens(), shape.width()), init);
    }

    /** Copies the design's starting checkpoint into the video encoder (and whatever else it names) of {@code sd}. */
    public static void startVideo(SameDiff sd, DualEncoderDesign design, Consumer<InitReport> onStart) {
        PositionResampling positions = new PositionResampling(design.model().temporalInterpolation(),
                design.tokenGrid().spatialTokens());
        design.start().ifPresent(checkpoint -> onStart.accept(CheckpointInit.apply(checkpoint, sd,
                design.model().kernelInit(), positions,
                name -> design.backbone().inheritsFrom(name).or(() -> TubeletEmbedding.inheritsFrom(name)))));
    }

    /** Copies every trainable variable of {@code source} into the variable of the same name in {@code target}. */
    public static void copyWeights(SameDiff source, SameDiff target) {
        for (SDVariable variable : target.variables()) {
            if (variable.getVariableType() == VariableType.VARIABLE) {
                variable.getArr().assign(source.getArrForVarName(variable.name()));
            }
        }
    }

    private static SDVariable normalise(SDVariable x) {
        return x.div(x.norm2(true, 1).add(NORM_EPSILON));
    }
}
