package org.vfelab.core.model;

import org.vfelab.core.checkpoint.Checkpoint;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ContrastiveLoss;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenEmbedder;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.spec.ModelSpec;

import java.util.Optional;

/**
 * Everything needed to build a dual-encoder graph: the model spec, the data geometry, the chosen plugins (the
 * input sampler because it may coarsen the tubelets) and the checkpoint the weights start from, if any.
 */
public record DualEncoderDesign(ModelSpec model, ClipShape clip, Backbone backbone, InputSampler sampler,
                                ContrastiveLoss loss, long seed, Optional<Checkpoint> start) {

    /**
     * The tubelet grid of this model's clips: the descriptor's tubelet, coarsened by the input sampler if it
     * does so, then cut to single frames if the backbone is frame-level.
     */
    public TubeletGrid grid() {
        return new TubeletGrid(clip, backbone.tubelet(sampler.tubelet(model.tubelet())));
    }

    /** The sampler's own token embedding, when it does not cut clips into the tubelet grid. */
    public Optional<TokenEmbedder> embedder() {
        return sampler.embedder(clip, model.tubelet());
    }

    /**
     * The tokens as an input sampler sees them: the tubelet grid, or the sampler's own tokens as one time slot.
     *
     * @throws IllegalArgumentException when the sampler's own tokens meet a backbone that encodes frames separately
     */
    public TokenGrid tokenGrid() {
        Optional<TokenEmbedder> embedder = embedder();
        if (embedder.isPresent()) {
            if (backbone.framewise()) {
                throw new IllegalArgumentException("sampling.type: the sampler's tokens span several frames, so they"
                        + " cannot feed a backbone that encodes frames separately (model.backbone.type "
                        + model.backbone().type() + "); use joint, mlp-adapter or lora");
            }
            return new TokenGrid(1, embedder.get().tokens(), false);
        }
        TubeletGrid grid = grid();
        return new TokenGrid(grid.timeSlots(), grid.rows() * grid.columns(), backbone.framewise());
    }

    /** Width, heads and MLP width from the model's size preset (shared by both towers). */
    public TransformerShape shape() {
        return TransformerShape.of(model.preset());
    }
}
