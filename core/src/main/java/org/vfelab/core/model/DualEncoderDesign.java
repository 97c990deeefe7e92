package org.vfelab.core.model;

import org.vfelab.core.data.ClipShape;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ContrastiveLoss;
import org.vfelab.core.spec.ModelSpec;

/** Everything needed to build a dual-encoder graph: the model spec, the data geometry and the chosen plugins. */
public record DualEncoderDesign(ModelSpec model, ClipShape clip, Backbone backbone, ContrastiveLoss loss, long seed) {

    /** The tubelet grid of this model's clips. */
    public TubeletGrid grid() {
        return new TubeletGrid(clip, model.tubelet());
    }

    /** Width, heads and MLP width from the model's size preset (shared by both towers). */
    public TransformerShape shape() {
        var preset = model.preset();
        return new TransformerShape(preset.width(), preset.heads(), preset.mlpWidth());
    }
}
