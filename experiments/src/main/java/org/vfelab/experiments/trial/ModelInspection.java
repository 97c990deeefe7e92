package org.vfelab.experiments.trial;

import com.google.inject.Injector;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.vfelab.core.checkpoint.ModelParameters;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.MemoryEstimate;
import org.vfelab.core.model.TubeletGrid;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ContrastiveLoss;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenEmbedder;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.ExperimentSpec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a descriptor's model is, without training it: the training graph is built (so the counts are the real
 * model's, not a formula's), its parameters are counted per part, and the step's memory is estimated
 * analytically. This is how the paper's ViT-B and ViT-L shapes are sized on a machine that cannot train them.
 *
 * @param parameters per part: video encoder, text tower, projection heads, loss
 * @param valuesPerToken raw values each token is projected from (for sparse tubes: the padded tube width times the
 *                       number of kernels, one projection each, as the graph computes it)
 * @param width      the model width tokens are embedded to
 */
public record ModelInspection(Map<String, Long> parameters, long trainable, int trainTokens, int evalTokens,
                              TubeletGrid grid, int valuesPerToken, int width, MemoryEstimate memory) {

    /** The part names of {@link #parameters()}, in order. */
    public static final String VIDEO = "video encoder";
    public static final String TEXT = "text tower";
    public static final String HEADS = "projection heads";
    public static final String LOSS = "loss";

    /** Builds the training graph of {@code spec} and measures it. */
    public static ModelInspection of(ExperimentSpec spec) {
        Injector trial = Composition.current().trial(spec);
        VideoTextDataset data = trial.getInstance(VideoTextDataset.class);
        Backbone backbone = trial.getInstance(Backbone.class);
        InputSampler sampler = trial.getInstance(InputSampler.class);
        DualEncoderDesign design = new DualEncoderDesign(spec.model(), data.clipShape(), backbone, sampler,
                trial.getInstance(ContrastiveLoss.class), spec.seed(), Optional.empty());
        TokenGrid tokens = design.tokenGrid();
        int kept = sampler.keptTokens(tokens, true);
        int batch = spec.training().batchSize();
        SameDiff graph = DualEncoderGraph.build(design, batch, kept, true);
        Map<String, Long> parts = new LinkedHashMap<>();
        long trainable = 0;
        for (String name : ModelParameters.names(graph)) {
            long size = graph.getArrForVarName(name).length();
            parts.merge(part(name), size, Long::sum);
            trainable += graph.getVariable(name).getVariableType() == VariableType.VARIABLE ? size : 0;
        }
        TubeletGrid grid = design.grid();
        TokenLayout layout = new TokenLayout(batch, kept, tokens.timeSlots(), tokens.tokens(), design.shape().width());
        int valuesPerToken = design.embedder().map(TokenEmbedder::valuesPerToken)
                .orElse(grid.valuesPerToken());
        long total = parts.values().stream().mapToLong(Long::longValue).sum();
        MemoryEstimate memory = MemoryEstimate.of(total, trainable, design, layout, backbone.attentionLengths(layout),
                spec.model().text().maxTokens());
        return new ModelInspection(Map.copyOf(parts), trainable, kept, sampler.keptTokens(tokens, false), grid,
                valuesPerToken, design.shape().width(), memory);
    }

    /**
     * Multiply-adds x 2 of the tubelet embedding for one training clip: each kept token is a
     * {@code valuesPerToken x width} projection. Coarse tubelets trade fewer tokens for wider ones.
     */
    public long embeddingFlopsPerClip() {
        return 2L * trainTokens * valuesPerToken * width;
    }

    /** Every parameter, frozen ones included. */
    public long total() {
        return parameters.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String part(String name) {
        if (name.endsWith("/projection/weight") || name.endsWith("/projection/bias")) {
            return HEADS;
        }
        if (name.startsWith("video/")) {
            return VIDEO;
        }
        return name.startsWith("text/") ? TEXT : LOSS;
    }
}
